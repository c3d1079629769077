/**
 * Backup and restore (issue 13; security.md §7.3 checks 15–19): round trip, every damaged or
 * hostile file rejected with the one generic error and the database byte-for-byte unchanged, KDF
 * bounds checked before any derivation, merge versus replace, and a failure on the 500th row of a
 * replace leaving everything as it was.
 */
import { gzipSync } from 'fflate';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { shortlistStore } from '../../../src/features/help/data/shortlists';
import { createBackup, openBackupFile, restoreBackup, restoreOnNewDevice, type BackupPayload } from '../../../src/storage/backupPages';
import { backupStatus, noteBackupSaved } from '../../../src/storage/backupStatus';
import { closeDb, openDb, resetDbForTests } from '../../../src/storage/db';
import { putRecord } from '../../../src/storage/pageStore';
import { unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, parseBackupEnvelope } from '../../../src/vault/backupEnvelope';
import { backupFileName, sealPayloadJson } from '../../../src/vault/backupFile';
import { VaultError } from '../../../src/vault/errors';
import { dropDataKey, lockVault } from '../../../src/vault/vaultState';
import { BACKUP_PASSPHRASE, contents, dbDigest, seedVault } from './backupSupport';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

const kdfCalls = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/vault/argon2Compute', async (importOriginal) => (await import('../../fixtures/vault/countingArgon2')).countingArgon2(importOriginal, kdfCalls));

useFreshVault();
guardCryptoOutsideTransactions();
beforeEach(() => {
  kdfCalls.calls = 0;
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: string) => new TextEncoder().encode(value);

async function makeBackup(filePassphrase = BACKUP_PASSPHRASE): Promise<Uint8Array> {
  await seedVault();
  const { bytes } = await createBackup(PASSPHRASE, { filePassphrase, params: FAST });
  return bytes;
}

/** Opens and (if it opened) restores in replace mode; returns the error code, or 'ok'. */
async function tryRestore(file: Uint8Array, passphrase = BACKUP_PASSPHRASE): Promise<string> {
  try {
    const { payload } = await openBackupFile(file, passphrase);
    await restoreBackup(payload, 'replace');
    return 'ok';
  } catch (error) {
    return error instanceof VaultError ? error.code : `unexpected: ${String(error)}`;
  }
}

function withEnvelope(file: Uint8Array, change: (envelope: Record<string, any>) => void): Uint8Array {
  const envelope = JSON.parse(text(file)) as Record<string, any>;
  change(envelope);
  return bytesOf(JSON.stringify(envelope));
}

function flipBase64(value: string, index: number): string {
  const bytes = Buffer.from(value, 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('backup file', () => {
  test('has a neutral name and an envelope of exactly {format, v, kdf, aead, ct} with nothing readable in it', async () => {
    expect(backupFileName(new Date(2026, 10, 27))).toBe('backup-2026-11-27.bak');
    const file = await makeBackup();
    const envelope = JSON.parse(text(file)) as Record<string, any>;
    expect(Object.keys(envelope)).toEqual(['format', 'v', 'kdf', 'aead', 'ct']);
    expect(envelope.format).toBe(BACKUP_FORMAT);
    expect(envelope.kdf).toMatchObject({ alg: 'argon2id', ver: 19, m: FAST.m, t: FAST.t, p: 1 });
    for (const secret of ['Rauha', 'checkins', 'course', '2024-02-29', 'polku', 'Polku']) expect(text(file)).not.toContain(secret);
  });

  test('round trip: backup, delete everything, restore on a new device: every record comes back as stored', async () => {
    const file = await makeBackup();
    const before = await contents();
    dropDataKey('checking');
    await resetDbForTests();
    const { payload, summary } = await openBackupFile(file, BACKUP_PASSPHRASE);
    expect(summary).toMatchObject({ entries: 6, from: '2024-02-29', to: '2026-11-20', modules: ['m01', 'm04'] });
    expect(summary.collections).toEqual({ 'course-answers': 2, 'course-progress': 1, checkins: 2, 'help-shortlists': 1 });
    const { recoveryCode, added } = await restoreOnNewDevice(payload, BACKUP_PASSPHRASE, FAST);
    expect(recoveryCode).toMatch(/\S/);
    expect(added).toBe(6);
    expect(await contents()).toEqual(before);
    // After a reload (lock, close, unlock with the backup's passphrase) the same records are read from disk.
    lockVault();
    closeDb();
    await unlockWithPassphrase(BACKUP_PASSPHRASE);
    expect(await contents()).toEqual(before);
    // The old-shape shortlist is upgraded by its feature on read, as on the device it came from.
    expect([...(await shortlistStore.load()).values()]).toEqual([{ kind: 'help-shortlist', v: 1, id: 'old-1', savedOn: '2025-05-05', country: 'FI', serviceIds: ['mieli-ry'] }]);
  });

  test('uses the vault passphrase by default, and needs the right vault passphrase to make a backup at all', async () => {
    await seedVault();
    const { bytes } = await createBackup(PASSPHRASE, { params: FAST });
    expect((await openBackupFile(bytes, PASSPHRASE)).summary.entries).toBe(6);
    await expect(createBackup('not the passphrase at all', { params: FAST })).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  test('the last backup is remembered inside the vault; reminders when never made, after 7 days, after many new entries', async () => {
    await seedVault();
    expect((await backupStatus()).nudge).toBe('never');
    await noteBackupSaved(6);
    expect(await backupStatus()).toMatchObject({ nudge: undefined, entries: 6 });
    const inEightDays = new Date(Date.now() + 8 * 86_400_000);
    expect((await backupStatus(inEightDays)).nudge).toBe('old');
    await Promise.all(Array.from({ length: 30 }, (_, i) => putRecord('checkins', '2026-10', `2026-10-${i}`, { mood: i })));
    expect((await backupStatus()).nudge).toBe('many');
    // The note is this device's own: it is never written into a backup.
    const { payload } = await openBackupFile((await createBackup(PASSPHRASE, { params: FAST })).bytes, PASSPHRASE);
    expect(payload.pages.some((page) => page.c === 'backup-state')).toBe(false);
  });
});

describe('every damaged or hostile file is refused with one message and changes nothing', () => {
  test('wrong passphrase (check 15)', async () => {
    const file = await makeBackup();
    const digest = await dbDigest();
    expect(await tryRestore(file, 'väärä tunnuslause, aivan väärä')).toBe('backup-invalid');
    expect(await tryRestore(file, PASSPHRASE)).toBe('backup-invalid');
    expect(await dbDigest()).toBe(digest);
  });

  test('bit flips in every header field, the IV, the ciphertext and the tag; truncation; appended bytes; not JSON; wrong format or version (check 16)', async () => {
    const file = await makeBackup();
    const n = file.length;
    const cases: Array<[string, Uint8Array]> = [
      ['format', withEnvelope(file, (e) => (e.format = 'vault/backuq'))],
      ['format other app', withEnvelope(file, (e) => (e.format = 'polku/backup'))],
      ['v 2', withEnvelope(file, (e) => (e.v = 2))],
      ['v 0', withEnvelope(file, (e) => (e.v = 0))],
      ['v as text', withEnvelope(file, (e) => (e.v = '1'))],
      ['kdf.alg', withEnvelope(file, (e) => (e.kdf.alg = 'argon2i'))],
      ['kdf.ver', withEnvelope(file, (e) => (e.kdf.ver = 16))],
      ['kdf.m bit (still within bounds)', withEnvelope(file, (e) => (e.kdf.m ^= 1))],
      ['kdf.t bit (still within bounds)', withEnvelope(file, (e) => (e.kdf.t ^= 1))],
      ['kdf.p', withEnvelope(file, (e) => (e.kdf.p ^= 1))],
      ['kdf.salt first byte', withEnvelope(file, (e) => (e.kdf.salt = flipBase64(e.kdf.salt, 0)))],
      ['kdf.salt last byte', withEnvelope(file, (e) => (e.kdf.salt = flipBase64(e.kdf.salt, -1)))],
      ['aead.alg', withEnvelope(file, (e) => (e.aead.alg = 'A128GCM'))],
      ['aead.iv', withEnvelope(file, (e) => (e.aead.iv = flipBase64(e.aead.iv, 5)))],
      ['ct first byte', withEnvelope(file, (e) => (e.ct = flipBase64(e.ct, 0)))],
      ['ct middle', withEnvelope(file, (e) => (e.ct = flipBase64(e.ct, Math.floor(Buffer.from(e.ct, 'base64').length / 2))))],
      ['tag', withEnvelope(file, (e) => (e.ct = flipBase64(e.ct, -1)))],
      ['tag first byte', withEnvelope(file, (e) => (e.ct = flipBase64(e.ct, -16)))],
      ['ct extended', withEnvelope(file, (e) => (e.ct = `${e.ct}AAAA`))],
      ['ct shortened', withEnvelope(file, (e) => (e.ct = Buffer.from(e.ct, 'base64').subarray(0, -4).toString('base64')))],
      ['extra field', withEnvelope(file, (e) => (e.note = 'x'))],
      ['missing field', withEnvelope(file, (e) => delete e.aead)],
      ['extra kdf field', withEnvelope(file, (e) => (e.kdf.extra = 1))],
      ['salt too short', withEnvelope(file, (e) => (e.kdf.salt = Buffer.alloc(8).toString('base64')))],
      ['iv too long', withEnvelope(file, (e) => (e.aead.iv = Buffer.alloc(16).toString('base64')))],
      ['salt not base64', withEnvelope(file, (e) => (e.kdf.salt = '!!!!'))],
      ['truncated to 0', file.subarray(0, 0)],
      ['truncated to 1', file.subarray(0, 1)],
      ['truncated to half', file.subarray(0, Math.floor(n / 2))],
      ['all but one byte', file.subarray(0, n - 1)],
      ['appended bytes', new Uint8Array([...file, 0x41, 0x41])],
      ['appended object', new Uint8Array([...file, ...bytesOf('{}')])],
      ['not JSON', bytesOf('hello, this is not a backup')],
      ['binary', new Uint8Array(256).map((_, i) => (i * 37) % 256)],
      ['JSON array', bytesOf('[]')],
      ['JSON null', bytesOf('null')],
      ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ];
    const digest = await dbDigest();
    for (const [name, bad] of cases) expect(await tryRestore(bad), name).toBe('backup-invalid');
    // `all but one byte` drops the closing brace.
    expect(text(file).endsWith('"}')).toBe(true);
    expect(await dbDigest()).toBe(digest);
  });

  test('a file over the size cap is refused before it is read', async () => {
    await seedVault();
    const digest = await dbDigest();
    const big = new Uint8Array(MAX_BACKUP_BYTES + 1);
    expect(() => parseBackupEnvelope(big)).toThrow(expect.objectContaining({ code: 'backup-too-large' }));
    expect(await tryRestore(big)).toBe('backup-too-large');
    expect(await dbDigest()).toBe(digest);
  });

  test('KDF parameters too weak, too large or unknown are refused before any KDF runs (check 17)', async () => {
    const file = await makeBackup();
    const digest = await dbDigest();
    const bad: Array<Record<string, unknown>> = [
      { m: 19455, t: 2 },
      { m: 47103, t: 1 },
      { m: 19456, t: 1 },
      { m: 262145, t: 1 },
      { m: 2 ** 31, t: 3 },
      { t: 0 },
      { t: 11 },
      { t: 1e9 },
      { p: 2 },
      { p: 0 },
      { m: 65536.5 },
      { m: '65536' },
      { m: -1 },
      { alg: 'scrypt' },
      { alg: 'argon2d' },
      { ver: 20 },
    ];
    kdfCalls.calls = 0;
    for (const change of bad) expect(await tryRestore(withEnvelope(file, (e) => Object.assign(e.kdf, change))), JSON.stringify(change)).toBe('backup-invalid');
    expect(kdfCalls.calls).toBe(0);
    expect(await dbDigest()).toBe(digest);
  });

  test('a correctly encrypted payload that is hostile or malformed is refused by the schema (check 18)', async () => {
    await seedVault();
    const digest = await dbDigest();
    const page = (r: string, c = '"notes"', s = '""') => `{"c":${c},"s":${s},"r":${r}}`;
    const payload = (pages: string, counts = '{"notes":1}', extra = '') => `{"schemaVersion":1,"exportedOn":"2026-11-27","counts":${counts},"pages":[${pages}]${extra}}`;
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const hostile: Array<[string, string]> = [
      ['__proto__ record id', payload(page('{"__proto__":{"polluted":true}}'))],
      ['__proto__ inside a record', payload(page('{"a":{"__proto__":{"polluted":true}}}'))],
      ['__proto__ at the top', `{"__proto__":{"polluted":true},"schemaVersion":1,"exportedOn":"2026-11-27","counts":{},"pages":[]}`],
      ['constructor key', payload(page('{"a":{"constructor":{"prototype":{"polluted":true}}}}'))],
      ['prototype key', payload(page('{"a":{"prototype":1}}'))],
      ['pages not an array', `{"schemaVersion":1,"exportedOn":"2026-11-27","counts":{},"pages":{}}`],
      ['collection a number', payload(page('{"a":1}', '5'))],
      ['collection with capitals', payload(page('{"a":1}', '"Notes"'), '{"Notes":1}')],
      ['records an array', payload(page('[1]'))],
      ['span a number', payload(page('{"a":1}', '"notes"', '3'))],
      ['counts a string', payload(page('{"a":1}'), '"1"')],
      ['extra top-level field', payload(page('{"a":1}'), '{"notes":1}', ',"extra":1')],
      ['extra page field', payload('{"c":"notes","s":"","r":{"a":1},"x":1}')],
      ['missing exportedOn', `{"schemaVersion":1,"counts":{},"pages":[]}`],
      ['future schema version', `{"schemaVersion":2,"exportedOn":"2026-11-27","counts":{},"pages":[]}`],
      ['10 MB string', payload(page(`{"a":"${huge}"}`))],
      ['10 MB record id', payload(page(`{"${huge}":1}`))],
      ['counts more than records', payload(page('{"a":1}'), '{"notes":2}')],
      ['counts fewer than records', payload(page('{"a":1,"b":2}'), '{"notes":1}')],
      ['counts name a missing collection', payload(page('{"a":1}'), '{"notes":1,"other":3}')],
      ['same page twice', payload(`${page('{"a":1}')},${page('{"b":1}')}`, '{"notes":2}')],
      ['same id in two spans', payload(`${page('{"a":1}')},${page('{"a":2}', '"notes"', '"2026-11"')}`, '{"notes":2}')],
      ['device-only collection', payload(page('{"last":{}}', '"backup-state"'), '{"backup-state":1}')],
      ['too deep', payload(page(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`))],
      ['not JSON inside', 'not json at all'],
    ];
    for (const [name, json] of hostile) {
      const file = await sealPayloadJson(json, BACKUP_PASSPHRASE, { params: FAST });
      expect(await tryRestore(file), name).toBe('backup-invalid');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await dbDigest()).toBe(digest);
  }, 120_000);

  test('a payload that decompresses beyond the cap is refused', async () => {
    await seedVault();
    const digest = await dbDigest();
    // 70 MiB of spaces inside a valid JSON payload, compressed to about 70 KB.
    const bomb = new Uint8Array(70 * 1024 * 1024).fill(0x20);
    bomb.set(bytesOf('{"schemaVersion":1,"exportedOn":"2026-11-27","counts":{},"pages":[]}'));
    const { sealPayloadJson: seal } = await import('../../../src/vault/backupFile');
    expect(gzipSync(bomb).length).toBeLessThan(1024 * 1024);
    const file = await seal(new TextDecoder().decode(bomb), BACKUP_PASSPHRASE, { params: FAST });
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    expect(await tryRestore(file)).toBe('backup-invalid');
    expect(await dbDigest()).toBe(digest);
  }, 60_000);
});

describe('restore', () => {
  const backupPayload = (pages: BackupPayload['pages']): BackupPayload => {
    const counts: Record<string, number> = {};
    for (const page of pages) counts[page.c] = (counts[page.c] ?? 0) + Object.keys(page.r).length;
    return { schemaVersion: 1, exportedOn: '2026-11-27', counts, pages };
  };

  test('merge adds only ids a collection does not have and never overwrites an existing record', async () => {
    await seedVault();
    const before = await contents();
    const { added } = await restoreBackup(
      backupPayload([
        { c: 'course-answers', s: 'm01', r: { 'm01-values': { overwritten: true }, 'm01-new': { fresh: 1 } } },
        // The same id in another span of the same collection is still the same record: not added.
        { c: 'checkins', s: '2024-09', r: { '2024-02-29': { overwritten: true }, '2024-09-01': { mood: 3 } } },
        { c: 'tools', s: '', r: { plan: { steps: ['walk'] } } },
      ]),
      'merge',
    );
    expect(added).toBe(3);
    const after = await contents();
    expect(after['course-answers/m01']).toEqual({ ...before['course-answers/m01'], 'm01-new': { fresh: 1 } });
    expect(after['checkins/2024-02']).toEqual(before['checkins/2024-02']);
    expect(after['checkins/2024-09']).toEqual({ '2024-09-01': { mood: 3 } });
    expect(after['tools/']).toEqual({ plan: { steps: ['walk'] } });
    expect(after['course-answers/m04']).toEqual(before['course-answers/m04']);
  });

  test("replace writes exactly the backup's records and keeps this device's key slots, settings and backup note", async () => {
    await seedVault();
    await noteBackupSaved(6);
    const db = await openDb();
    const slotsBefore = await db.slots.toArray();
    const metaBefore = await db.meta.toArray();
    const { added } = await restoreBackup(backupPayload([{ c: 'checkins', s: '2020-01', r: { '2020-01-01': { mood: 1 } } }]), 'replace');
    expect(added).toBe(1);
    expect(await contents()).toEqual({ 'checkins/2020-01': { '2020-01-01': { mood: 1 } } });
    expect((await backupStatus()).lastOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await db.slots.toArray()).toEqual(slotsBefore);
    expect(await db.meta.toArray()).toEqual(metaBefore);
  });

  test('a lock during a restore (before its transaction) stops it with nothing written', async () => {
    await seedVault();
    const before = await contents();
    const digest = await dbDigest();
    const pages = Array.from({ length: 50 }, (_, i) => ({ c: 'checkins', s: `1990-${String((i % 12) + 1).padStart(2, '0')}-${i}`, r: { [`r-${i}`]: { n: i } } }));
    const restoring = restoreBackup(backupPayload(pages), 'replace');
    lockVault();
    await expect(restoring).rejects.toMatchObject({ code: 'locked' });
    expect(await dbDigest()).toBe(digest);
    await unlockWithPassphrase(PASSPHRASE);
    expect(await contents()).toEqual(before);
  });

  test('a failure on the 500th row of a replace leaves every existing row as it was and none of the new ones (check 19)', async () => {
    await seedVault();
    const before = await contents();
    const digest = await dbDigest();
    const pages = Array.from({ length: 600 }, (_, i) => ({ c: 'checkins', s: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, r: { [`record-${i}`]: { n: i } } }));
    const db = await openDb();
    const proto = Object.getPrototypeOf(db.pages) as { bulkAdd: (...args: unknown[]) => unknown };
    const original = proto.bulkAdd;
    const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: unknown, rows: unknown) {
      const list = [...(rows as Array<{ id: string }>)];
      // The 500th row collides with the first: IndexedDB refuses it and the transaction aborts.
      list[499] = { ...list[499]!, id: list[0]!.id };
      return original.call(this, list);
    });
    await expect(restoreBackup(backupPayload(pages), 'replace')).rejects.toBeInstanceOf(VaultError);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await dbDigest()).toBe(digest);
    expect(await contents()).toEqual(before);
    lockVault();
    closeDb();
    await unlockWithPassphrase(PASSPHRASE);
    expect(await contents()).toEqual(before);
  });
});
