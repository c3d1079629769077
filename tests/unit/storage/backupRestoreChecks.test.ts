/**
 * Two checks of the restore pipeline (issue 13) that the main backup tests do not reach: a file
 * over the size cap is refused from its size alone, before a byte of it is read; and after the
 * restore's transaction the written rows are read back, so a row that does not decrypt to what
 * was meant ends in the translated "could not be read back" error rather than silence, and the
 * screens then read what is on disk (the cache is reloaded either way).
 */
import { describe, expect, test, vi } from 'vitest';
import { readBackupBlob, restoreBackup, type BackupPayload } from '../../../src/storage/backupPages';
import { openDb } from '../../../src/storage/db';
import { MAX_BACKUP_BYTES } from '../../../src/vault/backupEnvelope';
import { contents, seedVault } from './backupSupport';
import { guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

describe('restore checks', () => {
  test('a file over the cap is refused from its size; its content is never read', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const huge = { size: MAX_BACKUP_BYTES + 1, arrayBuffer } as unknown as Blob;
    await expect(readBackupBlob(huge)).rejects.toMatchObject({ code: 'backup-too-large' });
    expect(arrayBuffer).not.toHaveBeenCalled();
    // At the cap it is read.
    const atCap = { size: MAX_BACKUP_BYTES, arrayBuffer } as unknown as Blob;
    await readBackupBlob(atCap);
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
  });

  test('the written rows are read back: one that does not decrypt as meant gives backup-verify-failed', async () => {
    await seedVault();
    const payload: BackupPayload = { schemaVersion: 1, exportedOn: '2026-11-27', counts: { notes: 1 }, pages: [{ c: 'notes', s: '', r: { a: { text: 'x' } } }] };
    const db = await openDb();
    const proto = Object.getPrototypeOf(db.pages) as { bulkGet: (...args: unknown[]) => Promise<Array<Record<string, unknown> | undefined>> };
    const original = proto.bulkGet;
    // Replace mode reads rows back only in its check after the commit: hand it a damaged copy.
    const spy = vi.spyOn(proto, 'bulkGet').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      const rows = await original.apply(this, args);
      return rows.map((row) => (row && row.ct instanceof Uint8Array ? { ...row, ct: row.ct.map((b, i) => (i === 0 ? b ^ 1 : b)) } : row));
    });
    try {
      await expect(restoreBackup(payload, 'replace')).rejects.toMatchObject({ code: 'backup-verify-failed' });
    } finally {
      spy.mockRestore();
    }
    // The transaction had committed: the screens now read what is on disk, not the pages from before.
    expect(await contents()).toEqual({ 'notes/': { a: { text: 'x' } } });
  });
});
