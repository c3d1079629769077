/**
 * Typed encrypted collections for the features: course answers, progress, check-ins, urge logs,
 * settings, help shortlists, plans, questionnaires, feedback. Every value is sealed (vault) before
 * its write transaction and opened after its read transaction; filtering happens in memory.
 * Each collection is its own table (`c1`…), keyed by a random UUIDv4 and nothing else.
 * PRIVACY: per-table row counts are visible in the profile; values, dates and kinds are not.
 */
import type { ZodType } from 'zod';
import { isRandomId, randomId } from '../vault/random';
import { VaultError } from '../vault/errors';
import { openRecords, sealRecord } from '../vault/recordCipher';
import { requireDataKey } from '../vault/vaultState';
import { openDb, type EnvelopeRow } from './db';
import { toStorageError } from './errors';
import { COLLECTION_TABLES, type CollectionName } from './schemaNames';

export type { CollectionName } from './schemaNames';
export type Listed<T> = { id: string; value: T; damaged?: never } | { id: string; damaged: true };

export type Collection<T> = {
  readonly name: CollectionName;
  /** Encrypts and stores; returns the id (a new random UUIDv4 unless given one). */
  put(value: T, id?: string): Promise<string>;
  /** Undefined when absent; throws `damaged-record` when the stored bytes fail authentication. */
  get(id: string): Promise<T | undefined>;
  /** Every record, decrypted; damaged ones are listed as such so the rest still load. */
  list(): Promise<Array<Listed<T>>>;
  remove(id: string): Promise<void>;
  /** Called after this tab changes the collection. */
  subscribe(listener: () => void): () => void;
};

const listeners = new Map<CollectionName, Set<() => void>>();

function notify(name: CollectionName): void {
  prefetched.delete(name);
  for (const listener of [...(listeners.get(name) ?? [])]) listener();
}

/** Ciphertext rows read ahead (no key needed), used once by the next list() if still fresh. */
const prefetched = new Map<CollectionName, { rows: Promise<EnvelopeRow[]>; at: number }>();
const PREFETCH_TTL_MS = 5_000;

/**
 * Reads the encrypted rows of some collections while the key is still being derived, so the
 * first screen after unlock only has to decrypt. PRIVACY: only ciphertext is held, for seconds.
 */
export function prefetchCollections(names: readonly CollectionName[]): void {
  for (const name of names) {
    const table = COLLECTION_TABLES[name];
    const rows = openDb().then((db) => db.transaction('r', table, () => db.envelopes(table).toArray()));
    rows.catch(() => undefined);
    prefetched.set(name, { rows, at: Date.now() });
  }
}

function takePrefetched(name: CollectionName): Promise<EnvelopeRow[]> | undefined {
  const entry = prefetched.get(name);
  prefetched.delete(name);
  return entry && Date.now() - entry.at < PREFETCH_TTL_MS ? entry.rows : undefined;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

export function defineCollection<T>(name: CollectionName, schema: ZodType<T>): Collection<T> {
  const table = COLLECTION_TABLES[name];
  const parse = (value: unknown): { ok: true; value: T } | { ok: false } => {
    const result = schema.safeParse(value);
    return result.success ? { ok: true, value: result.data } : { ok: false };
  };

  return {
    name,
    async put(value, id = randomId()) {
      requireDataKey();
      if (!isRandomId(id)) throw new TypeError('record ids are random UUIDv4');
      const checked = schema.parse(value);
      const record = await sealRecord(table, id, checked);
      const db = await guarded(openDb);
      await guarded(() => db.transaction('rw', table, () => db.envelopes(table).put(record)));
      notify(name);
      return id;
    },
    async get(id) {
      requireDataKey();
      const db = await guarded(openDb);
      const row = await guarded(() => db.transaction('r', table, () => db.envelopes(table).get(id)));
      if (row === undefined) return undefined;
      const [opened] = await openRecords(table, [row]);
      const parsed = opened?.ok ? parse(opened.value) : { ok: false as const };
      if (!parsed.ok) throw new VaultError('damaged-record');
      return parsed.value;
    },
    async list() {
      requireDataKey();
      const early = takePrefetched(name);
      const rows = await guarded(async () => {
        if (early) return early;
        const db = await openDb();
        return db.transaction('r', table, () => db.envelopes(table).toArray());
      });
      const opened = await openRecords(table, rows);
      return opened.map((record): Listed<T> => {
        const parsed = record.ok ? parse(record.value) : { ok: false as const };
        return parsed.ok ? { id: record.id, value: parsed.value } : { id: record.id, damaged: true };
      });
    },
    async remove(id) {
      requireDataKey();
      const db = await guarded(openDb);
      await guarded(() => db.transaction('rw', table, () => db.envelopes(table).delete(id)));
      notify(name);
    },
    subscribe(listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}

/** Just the values that decrypted, for screens that show only what can be read. */
export function readable<T>(items: Array<Listed<T>>): Array<{ id: string; value: T }> {
  return items.filter((item): item is { id: string; value: T } => item.damaged !== true);
}
