/**
 * The encrypted page store under every record. All pages live in one table with opaque ids; after
 * unlock they are read in one transaction and decrypted outside it, once, into the one in-memory
 * cache of this tab. A change updates the cache at once and queues a write of its page: one queue
 * per page, so values changed meanwhile collapse into one write; each write seals the whole page
 * with a fresh IV outside any transaction, then stores it only if no other tab wrote that page in
 * between (otherwise the page is read again and this tab's changes are laid over it).
 * A page that fails authentication is left alone and counted as damaged; every other page loads.
 * PRIVACY: decrypted values live only in this cache, which is dropped the moment the vault locks.
 */
import { LockedError, VaultError } from '../vault/errors';
import { openPages, openPagesLazily, pageIdFor, sealPage, type PageContent } from '../vault/pageCipher';
import { unstorableReason } from '../vault/storableKeys';
import { onKeyDropped, requireSession } from '../vault/vaultState';
import { openDb, type PageRow } from './db';
import { toStorageError } from './errors';
import { isLegacyRowId, migrateLegacyRows } from './legacyMigration';
import { PAGES_TABLE } from './schemaNames';

type Page = {
  /** The opaque id; computed (HMAC) on the first write of a page made in this session. */
  id: string | undefined;
  collection: string;
  span: string;
  /** Parsed on first use (see `recordsOf`); until then `unparsed` reads them from the page. */
  records: Map<string, unknown> | undefined;
  unparsed: (() => Record<string, unknown> | undefined) | undefined;
  /** The IV of the row as this tab last read or wrote it (undefined: no row yet). */
  storedIv: Uint8Array | undefined;
  /** Record ids changed here since the last successful write. */
  dirty: Set<string>;
  version: number;
  written: number;
};

/** Pages by collection and span; damaged rows by id with the IV they have on disk. */
type Loaded = { epoch: number; pages: Map<string, Page>; damaged: Map<string, Uint8Array | undefined>; rows: number; bytes: number };

const nameOf = (collection: string, span: string) => `${collection}\u0000${span}`;

let loaded: Loaded | undefined;
let loading: { epoch: number; promise: Promise<Loaded> } | undefined;
let prefetched: Promise<PageRow[]> | undefined;
const queues = new Map<string, Promise<void>>();
const listeners = new Map<string, Set<() => void>>();
/** Bumped on every change of a collection in this tab (and on lock), so derived views can tell. */
const versions = new Map<string, number>();
let generation = 0;

function notify(collection: string): void {
  versions.set(collection, (versions.get(collection) ?? 0) + 1);
  for (const listener of [...(listeners.get(collection) ?? [])]) listener();
}

onKeyDropped(() => {
  loaded = undefined;
  loading = undefined;
  prefetched = undefined;
  queues.clear();
  generation += 1;
  for (const collection of [...listeners.keys()]) notify(collection);
});

async function readAllRows(): Promise<PageRow[]> {
  const db = await openDb();
  return db.transaction('r', PAGES_TABLE, () => db.pages.toArray());
}

/**
 * Reads the encrypted pages while the key is still being derived, so the first screen after
 * unlock only has to decrypt. PRIVACY: only ciphertext is held, and only until the next load.
 */
export function prefetchPages(): void {
  const rows = readAllRows();
  rows.catch(() => undefined);
  prefetched = rows;
}

async function load(epoch: number): Promise<Loaded> {
  const early = prefetched;
  prefetched = undefined;
  let rows = await (early ?? readAllRows());
  if (rows.some((row) => isLegacyRowId(row.id))) {
    await migrateLegacyRows();
    rows = await readAllRows();
  }
  const opened = await openPagesLazily(rows);
  const state: Loaded = { epoch, pages: new Map(), damaged: new Map(), rows: rows.length, bytes: 0 };
  for (const row of rows) state.bytes += row.ct.byteLength + row.iv.byteLength + row.id.length;
  for (const page of opened) {
    if (!page.ok) {
      state.damaged.set(page.id, page.iv);
      continue;
    }
    state.pages.set(nameOf(page.c, page.s), { id: page.id, collection: page.c, span: page.s, records: undefined, unparsed: page.records, storedIv: page.iv, dirty: new Set(), version: 0, written: 0 });
  }
  return state;
}

/**
 * A page's records, parsed the first time anything reads or writes them (decrypting every page at
 * unlock is cheap; parsing the collections no screen needs yet is not). Records that cannot be
 * read make the page damaged, as if it had failed authentication at load.
 */
function recordsOf(state: Loaded, page: Page): Map<string, unknown> {
  if (page.records) return page.records;
  const parsed = page.unparsed?.();
  page.unparsed = undefined;
  page.records = new Map(parsed ? Object.entries(parsed) : []);
  // Kept as an empty page, so the next write to its span replaces the row.
  if (!parsed && page.id !== undefined) state.damaged.set(page.id, page.storedIv);
  return page.records;
}

/** Decrypts every page once per unlock (after moving any v1 records in); later calls reuse it. */
export async function loadPages(): Promise<void> {
  await ensureLoaded();
}

async function ensureLoaded(): Promise<Loaded> {
  const { epoch } = requireSession();
  if (loaded?.epoch === epoch) return loaded;
  if (loading?.epoch !== epoch) loading = { epoch, promise: load(epoch) };
  const pending = loading;
  try {
    const state = await pending.promise;
    if (requireSession().epoch !== epoch) throw new LockedError();
    loaded = state;
    return state;
  } catch (error) {
    throw toStorageError(error);
  } finally {
    if (loading === pending) loading = undefined;
  }
}

/** The records of one collection, if the pages are loaded in this session (synchronous). */
export function peekCollection(collection: string): Array<[string, unknown]> | undefined {
  const state = loaded;
  if (!state) return undefined;
  const out: Array<[string, unknown]> = [];
  for (const page of state.pages.values()) if (page.collection === collection) out.push(...recordsOf(state, page));
  return out;
}

export async function readCollection(collection: string): Promise<Array<[string, unknown]>> {
  await ensureLoaded();
  return peekCollection(collection) ?? [];
}

/**
 * Changes one record (undefined removes it); resolves when its page is stored. Once the pages are
 * loaded the cache changes synchronously, so a read right after sees the new value.
 */
export function putRecord(collection: string, span: string, id: string, value: unknown): Promise<void> {
  const unstorable = unstorableReason(collection, span, id);
  // A programming error, not user input: ids come from the app's own schemas and dates.
  if (unstorable) return Promise.reject(new Error(`pageStore: ${unstorable}`));
  const state = loaded;
  if (!state || state.epoch !== requireSession().epoch) return ensureLoaded().then(() => putRecord(collection, span, id, value));
  const name = nameOf(collection, span);
  let page = state.pages.get(name);
  if (!page) {
    page = { id: undefined, collection, span, records: new Map(), unparsed: undefined, storedIv: undefined, dirty: new Set(), version: 0, written: 0 };
    state.pages.set(name, page);
  }
  const records = recordsOf(state, page);
  if (value === undefined) records.delete(id);
  else records.set(id, value);
  page.dirty.add(id);
  page.version += 1;
  notify(collection);
  return enqueue(state, page);
}

function enqueue(state: Loaded, page: Page): Promise<void> {
  const name = nameOf(page.collection, page.span);
  const previous = queues.get(name) ?? Promise.resolve();
  const write = previous.catch(() => undefined).then(() => writePage(state, page));
  queues.set(name, write);
  return write;
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) => (a === undefined || b === undefined ? a === b : a.length === b.length && a.every((x, i) => x === b[i]));

async function writePage(state: Loaded, page: Page): Promise<void> {
  // The newest content at the time of writing; changes queued meanwhile collapse into it.
  if (page.written === page.version) return;
  if (loaded !== state) throw new LockedError();
  const version = page.version;
  try {
    if (page.id === undefined) {
      page.id = await pageIdFor(page.collection, page.span);
      // A page that no longer authenticates is replaced by the first write to its span.
      page.storedIv = state.damaged.get(page.id);
      state.damaged.delete(page.id);
    }
    const pageId = page.id;
    const db = await openDb();
    for (let attempt = 0; ; attempt += 1) {
      const content: PageContent = { c: page.collection, s: page.span, r: Object.fromEntries(recordsOf(state, page)) };
      const sealed = await sealPage(pageId, content);
      const stored = await db.transaction('rw', PAGES_TABLE, async () => {
        const current = await db.pages.get(pageId);
        if (!sameBytes(current?.iv, page.storedIv)) return false;
        await db.pages.put(sealed);
        return true;
      });
      if (stored) {
        page.storedIv = sealed.iv;
        state.damaged.delete(pageId);
        page.written = Math.max(page.written, version);
        if (page.version === version) page.dirty.clear();
        return;
      }
      if (attempt >= 10) throw new VaultError('storage-failed');
      await mergeFromOtherTab(page, pageId);
    }
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Another tab wrote this page: take its records, then lay this tab's unsaved changes over them. */
async function mergeFromOtherTab(page: Page, pageId: string): Promise<void> {
  const db = await openDb();
  const row = await db.transaction('r', PAGES_TABLE, () => db.pages.get(pageId));
  const [opened] = row ? await openPages([row]) : [];
  const fresh = new Map(opened?.ok ? Object.entries(opened.content.r) : []);
  const mine = page.records ?? new Map<string, unknown>();
  for (const id of page.dirty) {
    if (mine.has(id)) fresh.set(id, mine.get(id));
    else fresh.delete(id);
  }
  page.unparsed = undefined;
  page.records = fresh;
  page.storedIv = row?.iv;
  notify(page.collection);
}

/** Resolves when every write started so far has finished (either way). */
export async function settledWrites(): Promise<void> {
  await Promise.allSettled([...queues.values()]);
}

export function subscribeCollection(collection: string, listener: () => void): () => void {
  const set = listeners.get(collection) ?? new Set();
  set.add(listener);
  listeners.set(collection, set);
  return () => set.delete(listener);
}

/** Changes with every change of the collection in this tab and with every lock. */
export function collectionVersion(collection: string): string {
  return `${generation}.${versions.get(collection) ?? 0}`;
}

export type PageStats = { rows: number; bytes: number; pages: number; damaged: number };

/** What the loaded store holds: rows and bytes read, readable and damaged pages. */
export function pageStats(): PageStats | undefined {
  return loaded && { rows: loaded.rows, bytes: loaded.bytes, pages: loaded.pages.size, damaged: loaded.damaged.size };
}

/**
 * For backup and restore only (storage/backupPages.ts): a copy of every readable page's content,
 * with the IV of its row as this tab last read or wrote it (undefined: no row yet). Waits for
 * queued writes first, so the copy matches what is stored.
 */
export async function snapshotPages(): Promise<Array<PageContent & { iv: Uint8Array | undefined }>> {
  await settledWrites();
  const state = await ensureLoaded();
  const pages = [...state.pages.values()].map((page) => ({ page, records: recordsOf(state, page) }));
  return pages
    .filter(({ page }) => page.id === undefined || !state.damaged.has(page.id))
    .map(({ page, records }) => ({ c: page.collection, s: page.span, r: Object.fromEntries(records), iv: page.storedIv }));
}

/**
 * For restore only: forgets the decrypted pages of this session (writes still queued against them
 * are dropped, as on a lock) and reads every page again, so screens see what a restore wrote.
 */
export async function reloadPages(): Promise<void> {
  requireSession();
  loaded = undefined;
  loading = undefined;
  prefetched = undefined;
  queues.clear();
  generation += 1;
  await ensureLoaded();
  for (const collection of [...listeners.keys()]) notify(collection);
}
