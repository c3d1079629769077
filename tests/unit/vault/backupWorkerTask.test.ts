/**
 * What the Argon2id worker does with an `open-backup` request (issue 13: "decryption in the
 * worker"), run in process with the real hash-wasm and Web Crypto: a good file answers with the
 * validated payload only; a wrong passphrase, a damaged file or hostile header answers with one
 * error code and no detail; a header with KDF parameters out of bounds is refused before any
 * derivation; the passphrase bytes are zeroed on every path.
 */
import { describe, expect, test, vi } from 'vitest';
import { buildPayload } from '../../../src/vault/backupPayload';
import { sealBackup } from '../../../src/vault/backupFile';
import { MAX_BACKUP_BYTES } from '../../../src/vault/backupEnvelope';
import { openBackupTask } from '../../../src/vault/backupWorkerTask';

const kdf = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/vault/argon2Compute', async (importOriginal) => (await import('../../fixtures/vault/countingArgon2')).countingArgon2(importOriginal, kdf));

const FAST = { m: 19456, t: 2, p: 1 } as const;
const PASS = 'varmuuskopion tunnuslause 🌲';
const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));
const pages = [{ c: 'notes', s: '2026-11', r: { a: { text: 'Ääkköset ja emoji 🧭' } } }];

describe('opening a backup in the worker', () => {
  test('a good file: the validated payload and the stages; the passphrase bytes are zeroed', async () => {
    const file = await sealBackup(buildPayload(pages, '2026-11-27'), PASS, { params: FAST });
    const password = bytes(PASS);
    const stages: string[] = [];
    const answer = await openBackupTask(file, password, (stage) => stages.push(stage));
    expect(answer).toEqual({ type: 'backup', payload: { schemaVersion: 1, exportedOn: '2026-11-27', counts: { notes: 1 }, pages } });
    expect(stages).toEqual(['deriving']);
    expect(password.every((b) => b === 0)).toBe(true);
  });

  test('wrong passphrase, damaged file, too large, KDF out of bounds: one code each, no detail', async () => {
    const file = await sealBackup(buildPayload(pages, '2026-11-27'), PASS, { params: FAST });
    const wrong = bytes('another passphrase');
    expect(await openBackupTask(file, wrong, () => undefined)).toEqual({ type: 'backup-error', code: 'backup-invalid' });
    expect(wrong.every((b) => b === 0)).toBe(true);
    expect(await openBackupTask(file.subarray(0, file.length >> 1), bytes(PASS), () => undefined)).toEqual({ type: 'backup-error', code: 'backup-invalid' });
    expect(await openBackupTask(new Uint8Array(MAX_BACKUP_BYTES + 1), bytes(PASS), () => undefined)).toEqual({ type: 'backup-error', code: 'backup-too-large' });
    const envelope = JSON.parse(new TextDecoder().decode(file)) as { kdf: { m: number } };
    envelope.kdf.m = 1024;
    kdf.calls = 0;
    const weak = bytes(PASS);
    expect(await openBackupTask(bytes(JSON.stringify(envelope)), weak, () => undefined)).toEqual({ type: 'backup-error', code: 'backup-invalid' });
    expect(kdf.calls).toBe(0);
    expect(weak.every((b) => b === 0)).toBe(true);
  });
});
