/**
 * One encrypted record per stable content id (an exercise id, a module id) on top of the vault's
 * collections. The vault keys records by random UUIDv4 only (PRIVACY: nothing readable is indexed
 * in clear), so the content id lives inside the encrypted value and the id -> record map is
 * rebuilt by one list() after unlock. Writes for one key run in order and reuse its record, so
 * autosave never makes duplicates. Everything decrypted is dropped when the key is dropped (lock).
 */
import type { ZodType } from 'zod';
import { defineCollection, readable, type CollectionName } from '../../../storage/records';
import { onKeyDropped } from '../../../vault/vaultState';

/** `version` counts changes, `written` the change last stored, so queued writes collapse. */
type Entry<T> = { recordId: string | undefined; value: T; version: number; written: number };

export type KeyedStore<T> = {
  /** Decrypts the collection once per unlock; later calls return the cached map. */
  load(): Promise<ReadonlyMap<string, T>>;
  /** The cached map, if loaded since the last unlock (lets a remounted screen render at once). */
  peek(): ReadonlyMap<string, T> | undefined;
  /** Updates the cache at once, then writes; rejects with the vault's typed error if it fails. */
  save(value: T): Promise<void>;
  /** Resolves when every write started so far has finished (either way). */
  settled(): Promise<void>;
  /** Called whenever the cached map changes (a save, or the lock clearing it). */
  subscribe(listener: () => void): () => void;
};

export type KeyedStoreOptions<T> = {
  keyOf: (value: T) => string;
  /** Orders duplicates (which only a crash mid-write in two tabs could make): the newest wins. */
  updatedAt: (value: T) => number;
  /** Only values this store owns; others sharing the collection are ignored. */
  owns?: (value: T) => boolean;
};

export function createKeyedStore<T>(name: CollectionName, schema: ZodType<T>, options: KeyedStoreOptions<T>): KeyedStore<T> {
  const collection = defineCollection(name, schema);
  let entries: Map<string, Entry<T>> | undefined;
  let values: Map<string, T> | undefined;
  let loading: Promise<Map<string, Entry<T>>> | undefined;
  const queues = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  onKeyDropped(() => {
    entries = undefined;
    values = undefined;
    loading = undefined;
    queues.clear();
    notify();
  });

  async function fetchAll(): Promise<Map<string, Entry<T>>> {
    const map = new Map<string, Entry<T>>();
    for (const { id, value } of readable(await collection.list())) {
      if (options.owns && !options.owns(value)) continue;
      const key = options.keyOf(value);
      const seen = map.get(key);
      if (!seen || options.updatedAt(value) > options.updatedAt(seen.value)) map.set(key, { recordId: id, value, version: 0, written: 0 });
    }
    return map;
  }

  async function ensure(): Promise<Map<string, Entry<T>>> {
    if (entries) return entries;
    loading ??= fetchAll();
    const pending = loading;
    try {
      const map = await pending;
      if (loading === pending) {
        entries = map;
        values = new Map([...map].map(([key, entry]) => [key, entry.value]));
      }
      return map;
    } finally {
      if (loading === pending) loading = undefined;
    }
  }

  function enqueue(map: Map<string, Entry<T>>, value: T): Promise<void> {
    const key = options.keyOf(value);
    const entry = map.get(key) ?? { recordId: undefined, value, version: 0, written: 0 };
    entry.value = value;
    entry.version += 1;
    map.set(key, entry);
    if (map === entries) {
      values = new Map(values);
      values.set(key, value);
      notify();
    }
    const previous = queues.get(key) ?? Promise.resolve();
    const write = previous
      .catch(() => undefined)
      .then(async () => {
        // The newest value at the time of writing; values queued meanwhile collapse into it.
        if (entry.written === entry.version) return;
        const version = entry.version;
        entry.recordId = await collection.put(entry.value, entry.recordId);
        entry.written = Math.max(entry.written, version);
      });
    queues.set(key, write);
    return write;
  }

  return {
    async load() {
      await ensure();
      return values ?? new Map();
    },
    peek: () => values,
    async settled() {
      await Promise.allSettled([...queues.values()]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save(value) {
      // With the map loaded, the cache changes synchronously, so a read right after sees the value.
      return entries ? enqueue(entries, value) : ensure().then((map) => enqueue(map, value));
    },
  };
}
