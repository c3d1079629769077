/**
 * Backup and restore on top of the page store. A backup is every readable page's content
 * (collection, span, records) sealed by vault/backupFile.ts. A restore seals the new pages under
 * this device's key outside any transaction, writes them in ONE transaction (replace: every page
 * but this device's own; merge: only records whose id the collection does not have yet), reads
 * the written rows back and checks they decrypt to exactly what was meant, then reloads the cache.
 * Key slots and plaintext meta are never touched. Any failure before the commit changes nothing.
 * The note of the last backup and the reminders are in backupStatus.ts.
 * PRIVACY: plaintext lives only in memory during the call.
 */
import { MAX_BACKUP_BYTES } from '../vault/backupEnvelope';
import { openBackup, sealBackup, type SealOptions } from '../vault/backupFile';
import { buildPayload, DEVICE_ONLY_COLLECTIONS, summarizePayload, type BackupPage, type BackupPayload, type BackupSummary } from '../vault/backupPayload';
import type { KdfStage } from '../vault/argon2Derive';
import { VaultError } from '../vault/errors';
import type { Argon2Params } from '../vault/kdfParams';
import { openPages, pageIdFor, sealPage, type PageContent, type StoredPage } from '../vault/pageCipher';
import { postVaultMessage } from '../vault/lockChannel';
import { requireSession } from '../vault/vaultState';
import { openDb } from './db';
import { toStorageError } from './errors';
import { reloadPages, snapshotPages } from './pageStore';
import { countEntries, today } from './backupStatus';
import { PAGES_TABLE } from './schemaNames';
import { createVault, verifyPassphrase } from './vaultKeys';

export type { BackupPayload, BackupSummary };
export type RestoreMode = 'merge' | 'replace';

/** Every readable record of this vault as a backup payload (plaintext, in memory). */
export async function collectPayload(): Promise<BackupPayload> {
  const pages = await snapshotPages();
  return buildPayload(pages, today());
}

export type BackupOptions = {
  /** A different passphrase for the file; the vault passphrase when left out. */
  filePassphrase?: string;
  params?: Argon2Params;
  onStage?: (stage: KdfStage) => void;
};

/**
 * Checks the vault passphrase (through the lock screen's back-off, so an open screen alone is not
 * enough to take a copy), then seals every record into a backup file.
 */
export async function createBackup(vaultPassphrase: string, options: BackupOptions = {}): Promise<{ bytes: Uint8Array<ArrayBuffer>; entries: number }> {
  await verifyPassphrase(vaultPassphrase, options.onStage);
  const payload = await collectPayload();
  const seal: SealOptions = { ...(options.params ? { params: options.params } : {}), ...(options.onStage ? { onStage: options.onStage } : {}) };
  const bytes = await sealBackup(payload, options.filePassphrase ?? vaultPassphrase, seal);
  return { bytes, entries: countEntries(payload.pages) };
}

/** Reads a chosen file; refuses one over the cap before reading a byte of it. */
export async function readBackupBlob(file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_BACKUP_BYTES) throw new VaultError('backup-too-large');
  return new Uint8Array(await file.arrayBuffer());
}

/** Opens a backup file (see vault/backupFile.ts) and summarises it for the dry run. */
export async function openBackupFile(bytes: Uint8Array, passphrase: string, onStage?: (stage: KdfStage) => void): Promise<{ payload: BackupPayload; summary: BackupSummary }> {
  const payload = await openBackup(bytes, passphrase, onStage);
  return { payload, summary: summarizePayload(payload) };
}

const nameOf = (c: string, s: string) => `${c}\u0000${s}`;
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) => (a === undefined || b === undefined ? a === b : a.length === b.length && a.every((x, i) => x === b[i]));

type Planned = { content: PageContent; expectIv: Uint8Array | undefined };

/** Pure: which pages to write. Replace: the backup's pages. Merge: existing pages plus new ids only. */
export function planRestore(existing: ReadonlyArray<PageContent & { iv: Uint8Array | undefined }>, backup: readonly BackupPage[], mode: RestoreMode): { pages: Planned[]; added: number } {
  const incoming = backup.filter((page) => !DEVICE_ONLY_COLLECTIONS.includes(page.c));
  if (mode === 'replace') {
    return { pages: incoming.map((page) => ({ content: { c: page.c, s: page.s, r: { ...page.r } }, expectIv: undefined })), added: countEntries(incoming) };
  }
  const have = new Map<string, Set<string>>();
  const byName = new Map<string, PageContent & { iv: Uint8Array | undefined }>();
  for (const page of existing) {
    byName.set(nameOf(page.c, page.s), page);
    const ids = have.get(page.c) ?? new Set<string>();
    for (const id of Object.keys(page.r)) ids.add(id);
    have.set(page.c, ids);
  }
  const changed = new Map<string, Planned>();
  let added = 0;
  for (const page of incoming) {
    const ids = have.get(page.c) ?? new Set<string>();
    have.set(page.c, ids);
    for (const [id, value] of Object.entries(page.r)) {
      if (ids.has(id)) continue;
      ids.add(id);
      const key = nameOf(page.c, page.s);
      let plan = changed.get(key);
      if (!plan) {
        const current = byName.get(key);
        plan = { content: { c: page.c, s: page.s, r: { ...(current?.r ?? {}) } }, expectIv: current?.iv };
        changed.set(key, plan);
      }
      plan.content.r[id] = value;
      added += 1;
    }
  }
  return { pages: [...changed.values()], added };
}

/**
 * Writes a backup's records into this vault. Replace removes every page but this device's own
 * (backup state) and writes the backup's; merge adds only ids a collection does not have. Rows are
 * sealed first, outside any transaction, then written in one transaction; afterwards they are read
 * back and must decrypt to what was meant. Returns how many entries were added.
 */
export async function restoreBackup(payload: BackupPayload, mode: RestoreMode): Promise<{ added: number }> {
  const { epoch } = requireSession();
  const existing = await snapshotPages();
  const plan = planRestore(existing, payload.pages, mode);
  const sealed: Array<{ row: StoredPage; planned: Planned }> = [];
  for (const planned of plan.pages) {
    const id = await pageIdFor(planned.content.c, planned.content.s);
    sealed.push({ row: await sealPage(id, planned.content), planned });
  }
  const keepIds = new Set<string>();
  for (const page of existing) if (DEVICE_ONLY_COLLECTIONS.includes(page.c)) keepIds.add(await pageIdFor(page.c, page.s));
  const db = await openDb();
  try {
    await db.transaction('rw', PAGES_TABLE, async () => {
      if (requireSession().epoch !== epoch) throw new VaultError('locked');
      if (mode === 'replace') {
        const keys = await db.pages.toCollection().primaryKeys();
        await db.pages.bulkDelete(keys.filter((key) => !keepIds.has(key)));
        await db.pages.bulkAdd(sealed.map((s) => s.row));
      } else {
        const current = await db.pages.bulkGet(sealed.map((s) => s.row.id));
        // Another tab wrote one of these pages since this tab read it: stop, change nothing.
        if (sealed.some((s, i) => !sameBytes(current[i]?.iv, s.planned.expectIv))) throw new VaultError('backup-changed');
        await db.pages.bulkPut(sealed.map((s) => s.row));
      }
    });
  } catch (error) {
    throw toStorageError(error);
  }
  // Other tabs hold the old pages in memory: lock them, so they read the restored ones on unlock.
  postVaultMessage({ type: 'lock' });
  try {
    await verifyWritten(sealed);
  } finally {
    // Committed either way: the screens must read what is on disk now, never the pages from before.
    await reloadPages();
  }
  return { added: plan.added };
}

/** Reads the written rows back: each must be stored as sealed and decrypt to the planned content. */
async function verifyWritten(sealed: ReadonlyArray<{ row: StoredPage; planned: Planned }>): Promise<void> {
  const db = await openDb();
  const rows = await db.transaction('r', PAGES_TABLE, () => db.pages.bulkGet(sealed.map((s) => s.row.id)));
  const opened = await openPages(rows.map((row) => row ?? {}));
  const ok = opened.every((page, i) => page.ok && JSON.stringify(page.content) === JSON.stringify(sealed[i]?.planned.content));
  if (!ok) throw new VaultError('backup-verify-failed');
}

/**
 * First run with a backup: creates the vault with the backup's passphrase, then writes every
 * record. Returns the new recovery code (to be shown once, as in a normal first run).
 */
export async function restoreOnNewDevice(payload: BackupPayload, passphrase: string, params?: Argon2Params): Promise<{ recoveryCode: string; added: number }> {
  const { recoveryCode } = await createVault(passphrase, undefined, params);
  const { added } = await restoreBackup(payload, 'replace');
  return { recoveryCode, added };
}
