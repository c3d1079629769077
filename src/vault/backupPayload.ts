/**
 * What a backup holds once decrypted and decompressed: every page's collection, span and records,
 * plus counts that must match. Pure functions only (no crypto, no storage): strict parsing of an
 * untrusted payload, migration of older payload versions, and the summary shown before a restore.
 * The format is described in docs/backup-format.md.
 * PRIVACY: the payload is the person's plaintext; it lives only in memory, only during a backup or
 * a restore, and is never logged or written anywhere unencrypted.
 */
import { z } from '../lib/zod';
import { COLLECTION_NAME, FORBIDDEN_KEYS, MAX_NAME_LENGTH, MAX_RECORD_ID_LENGTH, MAX_SPAN_LENGTH } from './storableKeys';

/** The payload layout written today. Older layouts are migrated by `migratePayload`. */
export const PAYLOAD_VERSION = 1;

/**
 * Collections that belong to this device and are never written into a backup or restored from one:
 * the note of the last backup and the lock timing (a setting of this device, like the key slots).
 */
export const DEVICE_ONLY_COLLECTIONS: readonly string[] = ['backup-state', 'vault-settings'];

export const LIMITS = {
  /** Decompressed payload bytes. */
  payloadBytes: 64 * 1024 * 1024,
  pages: 100_000,
  recordsPerPage: 50_000,
  /** Any one string anywhere in the payload, in UTF-16 code units. */
  stringLength: 1_000_000,
  depth: 32,
} as const;

export type BackupPage = { c: string; s: string; r: Record<string, unknown> };
export type BackupPayload = { schemaVersion: typeof PAYLOAD_VERSION; exportedOn: string; counts: Record<string, number>; pages: BackupPage[] };

const name = z.string().min(1).max(MAX_NAME_LENGTH).regex(COLLECTION_NAME);
const span = z.string().max(MAX_SPAN_LENGTH);
const recordId = z.string().min(1).max(MAX_RECORD_ID_LENGTH);

const pageSchema = z.strictObject({
  c: name,
  s: span,
  r: z.record(recordId, z.unknown()),
});

const payloadSchema = z.strictObject({
  schemaVersion: z.literal(PAYLOAD_VERSION),
  exportedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: z.record(name, z.number().int().min(0).max(LIMITS.pages * LIMITS.recordsPerPage)),
  pages: z.array(pageSchema).max(LIMITS.pages),
});

/** Thrown for anything that is not a well-formed payload; the caller turns it into the one generic error. */
export class PayloadError extends Error {
  constructor(reason: string) {
    super(`payload: ${reason}`);
    this.name = 'PayloadError';
  }
}

/** Every value JSON can hold, checked for depth, string length and forbidden keys. */
function checkValue(value: unknown, depth: number): void {
  if (depth > LIMITS.depth) throw new PayloadError('too deep');
  if (typeof value === 'string') {
    if (value.length > LIMITS.stringLength) throw new PayloadError('string too long');
  } else if (Array.isArray(value)) {
    for (const item of value) checkValue(item, depth + 1);
  } else if (typeof value === 'object' && value !== null) {
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new PayloadError('not a plain object');
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new PayloadError('forbidden key');
      if (key.length > LIMITS.stringLength) throw new PayloadError('key too long');
      checkValue((value as Record<string, unknown>)[key], depth + 1);
    }
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PayloadError('not finite');
  } else if (typeof value !== 'boolean' && value !== null) {
    throw new PayloadError('not JSON');
  }
}

/** JSON.parse that refuses `__proto__`, `constructor` and `prototype` keys wherever they appear. */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new PayloadError('forbidden key');
    return value;
  });
}

/**
 * Brings an older payload up to today's layout. Pure; one step per historical version. Version 1
 * is the first layout, so today there is nothing to migrate; a future v2 adds `1: (p) => …` here
 * and a checked-in v1 fixture keeps being read by the tests (security.md §7.3 check 20).
 */
const MIGRATIONS: Record<number, (payload: Record<string, unknown>) => Record<string, unknown>> = {};

export function migratePayload(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let current = raw as Record<string, unknown>;
  for (let guard = 0; guard < 100; guard += 1) {
    const version = current.schemaVersion;
    if (typeof version !== 'number' || version >= PAYLOAD_VERSION) return current;
    const step = MIGRATIONS[version];
    if (!step) return current;
    current = step(current);
  }
  return current;
}

/** Validates an untrusted, already parsed payload; throws PayloadError on anything unexpected. */
export function validatePayload(raw: unknown): BackupPayload {
  checkValue(raw, 0);
  const parsed = payloadSchema.safeParse(migratePayload(raw));
  if (!parsed.success) throw new PayloadError('schema');
  const payload = parsed.data as BackupPayload;
  const seenPages = new Set<string>();
  const counts = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  for (const page of payload.pages) {
    if (DEVICE_ONLY_COLLECTIONS.includes(page.c)) throw new PayloadError('device-only collection');
    const key = `${page.c}\u0000${page.s}`;
    if (seenPages.has(key)) throw new PayloadError('duplicate page');
    seenPages.add(key);
    const recordIds = Object.keys(page.r);
    if (recordIds.length > LIMITS.recordsPerPage) throw new PayloadError('page too large');
    const inCollection = ids.get(page.c) ?? new Set<string>();
    ids.set(page.c, inCollection);
    for (const id of recordIds) {
      if (inCollection.has(id)) throw new PayloadError('duplicate id');
      inCollection.add(id);
    }
    counts.set(page.c, (counts.get(page.c) ?? 0) + recordIds.length);
  }
  const declared = Object.entries(payload.counts).filter(([, n]) => n > 0);
  if (declared.length !== counts.size) throw new PayloadError('counts');
  for (const [collection, n] of declared) if (counts.get(collection) !== n) throw new PayloadError('counts');
  return payload;
}

/** The payload for a set of pages (empty pages and device-only collections left out). */
export function buildPayload(pages: readonly BackupPage[], exportedOn: string): BackupPayload {
  const kept = pages.filter((page) => !DEVICE_ONLY_COLLECTIONS.includes(page.c) && Object.keys(page.r).length > 0);
  const counts: Record<string, number> = {};
  for (const page of kept) counts[page.c] = (counts[page.c] ?? 0) + Object.keys(page.r).length;
  return { schemaVersion: PAYLOAD_VERSION, exportedOn, counts, pages: kept.map((page) => ({ c: page.c, s: page.s, r: page.r })) };
}

export type BackupSummary = {
  entries: number;
  /** Record counts by collection. */
  collections: Record<string, number>;
  /** Earliest and latest day found in the records (YYYY-MM-DD), if any. */
  from?: string;
  to?: string;
  /** Course modules that have answers (m01…), sorted. */
  modules: string[];
};

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const DATE_FIELDS = ['date', 'at', 'savedOn', 'day', 'createdOn', 'updatedOn'];
const TIME_FIELDS = ['updatedAt', 'createdAt', 'finishedAt', 'startedAt'];
const EARLIEST = Date.UTC(2000, 0, 1);

function dayOf(value: unknown, field: string): string | undefined {
  if (DATE_FIELDS.includes(field) && typeof value === 'string') return DAY.exec(value)?.[1];
  if (TIME_FIELDS.includes(field) && typeof value === 'number' && value > EARLIEST && value < EARLIEST + 200 * 365 * 86_400_000) return new Date(value).toISOString().slice(0, 10);
  return undefined;
}

/** How many entries, which days and which course modules a backup holds (for the dry-run summary). */
export function summarizePayload(payload: BackupPayload): BackupSummary {
  const summary: BackupSummary = { entries: 0, collections: {}, modules: [] };
  const modules = new Set<string>();
  const note = (day: string | undefined) => {
    if (!day) return;
    if (!summary.from || day < summary.from) summary.from = day;
    if (!summary.to || day > summary.to) summary.to = day;
  };
  for (const page of payload.pages) {
    for (const [id, value] of Object.entries(page.r)) {
      summary.entries += 1;
      summary.collections[page.c] = (summary.collections[page.c] ?? 0) + 1;
      if (page.c === 'course-answers' && /^m\d{2}$/.test(page.s)) modules.add(page.s);
      if (DAY.test(id)) note(DAY.exec(id)?.[1]);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [field, v] of Object.entries(value)) note(dayOf(v, field));
    }
  }
  summary.modules = [...modules].sort();
  return summary;
}
