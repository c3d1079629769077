/**
 * Typed records on top of the page store: the one way every feature keeps data. A record type
 * names its collection, its zod schema, its id within the collection and the span (page) it
 * belongs to, and may upgrade older stored shapes (pure functions, beside the schema, in the
 * feature's `data/` module). Values are checked on the way in and on the way out; a stored value
 * that no longer fits its schema is counted as damaged and never reaches a screen.
 */
import type { ZodType } from 'zod';
import { onKeyDropped } from '../vault/vaultState';
import { collectionVersion, peekCollection, putRecord, readCollection, settledWrites, subscribeCollection } from './pageStore';

export type RecordType<T> = {
  /** Name of the collection inside the encrypted pages (never stored in clear). */
  collection: string;
  schema: ZodType<T>;
  /** The record's id within its collection: a content id, a date, or a random id it carries. */
  idOf: (value: T) => string;
  /** Which page it lives in: '' for small collections, a month or a module for larger ones. */
  spanOf: (value: T) => string;
  /** Brings an older stored shape (kept under `id`) up to the current one before the schema checks it. */
  upgrade?: (stored: unknown, id: string) => unknown;
};

export type RecordStore<T> = {
  readonly collection: string;
  /** Every readable record by id (decrypted once per unlock, shared by every screen). */
  load(): Promise<ReadonlyMap<string, T>>;
  /** The same map without waiting, once the pages are loaded in this session. */
  peek(): ReadonlyMap<string, T> | undefined;
  /** Updates the cache at once, then writes; rejects with the vault's typed error if it fails. */
  save(value: T): Promise<void>;
  remove(id: string): Promise<void>;
  /** Resolves when every write started so far has finished (either way). */
  settled(): Promise<void>;
  /** Called whenever the collection changes in this tab, and when the lock clears it. */
  subscribe(listener: () => void): () => void;
  /** Stored values of this collection that failed their schema (in readable pages). */
  invalidCount(): number;
};

export function defineRecords<T>(type: RecordType<T>): RecordStore<T> {
  let view: { version: string; map: Map<string, T>; invalid: number } | undefined;
  // PRIVACY: the parsed view holds decrypted values; it goes with the key.
  onKeyDropped(() => {
    view = undefined;
  });

  function build(entries: Array<[string, unknown]>): NonNullable<typeof view> {
    const map = new Map<string, T>();
    let invalid = 0;
    for (const [id, stored] of entries) {
      const parsed = type.schema.safeParse(type.upgrade ? type.upgrade(stored, id) : stored);
      if (parsed.success) map.set(id, parsed.data);
      else invalid += 1;
    }
    return { version: collectionVersion(type.collection), map, invalid };
  }

  function current(entries: Array<[string, unknown]> | undefined) {
    if (!entries) return undefined;
    if (view?.version !== collectionVersion(type.collection)) view = build(entries);
    return view;
  }

  return {
    collection: type.collection,
    async load() {
      return current(await readCollection(type.collection))?.map ?? new Map();
    },
    peek: () => current(peekCollection(type.collection))?.map,
    save(value) {
      try {
        const checked = type.schema.parse(value);
        const id = type.idOf(checked);
        const before = view && view.version === collectionVersion(type.collection) ? view : undefined;
        const write = putRecord(type.collection, type.spanOf(checked), id, checked);
        // Keep the parsed view in step without parsing the whole collection again on every keystroke.
        if (before && collectionVersion(type.collection) !== before.version) {
          before.map = new Map(before.map).set(id, checked);
          before.version = collectionVersion(type.collection);
        }
        return write;
      } catch (error) {
        // Locked or invalid: a rejected promise, like every other failed save.
        return Promise.reject(error);
      }
    },
    async remove(id) {
      const existing = (await this.load()).get(id);
      if (existing === undefined) return;
      await putRecord(type.collection, type.spanOf(existing), id, undefined);
    },
    settled: settledWrites,
    subscribe: (listener) => subscribeCollection(type.collection, listener),
    invalidCount: () => current(peekCollection(type.collection))?.invalid ?? 0,
  };
}
