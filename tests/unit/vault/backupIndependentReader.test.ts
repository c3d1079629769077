/**
 * A small backup reader written from docs/backup-format.md alone, with Node's own crypto and zlib
 * and hash-wasm's Argon2id: it imports nothing from src/. If it can read what Polku writes (and the
 * checked-in fixture), the document is enough for an independent tool to recover a person's data.
 */
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { argon2id } from 'hash-wasm';
import { describe, expect, test } from 'vitest';
import { FIXTURE_PAGES, FIXTURE_PASSPHRASE } from '../../fixtures/backup/fixtureContent';

type Envelope = { format: string; v: number; kdf: { alg: string; ver: number; m: number; t: number; p: number; salt: string }; aead: { alg: string; iv: string }; ct: string };

async function readBackup(file: Buffer, passphrase: string): Promise<{ schemaVersion: number; exportedOn: string; counts: Record<string, number>; pages: Array<{ c: string; s: string; r: Record<string, unknown> }> }> {
  if (file.length > 50 * 1024 * 1024) throw new Error('too large');
  const e = JSON.parse(file.toString('utf8')) as Envelope;
  if (e.format !== 'vault/backup' || e.v !== 1 || e.kdf.alg !== 'argon2id' || e.kdf.ver !== 19 || e.kdf.p !== 1 || e.aead.alg !== 'A256GCM') throw new Error('unknown format');
  const { m, t } = e.kdf;
  if (!(m <= 262144 && t >= 1 && t <= 10 && ((m >= 47104 && t >= 1) || (m >= 19456 && t >= 2)))) throw new Error('kdf out of bounds');
  const salt = Buffer.from(e.kdf.salt, 'base64');
  const iv = Buffer.from(e.aead.iv, 'base64');
  const key = await argon2id({ password: Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, parallelism: 1, iterations: t, memorySize: m, hashLength: 32, outputType: 'binary' });
  const aad = `{"format":"${e.format}","v":${e.v},"kdf":{"alg":"argon2id","ver":${e.kdf.ver},"m":${m},"t":${t},"p":1,"salt":"${e.kdf.salt}"},"aead":{"alg":"A256GCM","iv":"${e.aead.iv}"}}`;
  const ct = Buffer.from(e.ct, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(ct.subarray(ct.length - 16));
  const gz = Buffer.concat([decipher.update(ct.subarray(0, ct.length - 16)), decipher.final()]);
  return JSON.parse(gunzipSync(gz, { maxOutputLength: 64 * 1024 * 1024 }).toString('utf8'));
}

describe('an independent reader written from docs/backup-format.md', () => {
  test('reads the checked-in v1 fixture', async () => {
    const payload = await readBackup(readFileSync(join(import.meta.dirname, '../../fixtures/backup/v1-s1.bak')), FIXTURE_PASSPHRASE);
    expect(payload.schemaVersion).toBe(1);
    expect(payload.pages).toEqual(FIXTURE_PAGES);
    expect(payload.counts).toEqual({ 'course-answers': 1, 'course-progress': 1, 'help-shortlists': 1, 'tracker-checkins': 1 });
  });

  test('reads a backup the app writes now, and fails on a wrong passphrase', async () => {
    const { sealBackup } = await import('../../../src/vault/backupFile');
    const { buildPayload } = await import('../../../src/vault/backupPayload');
    const pages = [{ c: 'notes', s: '2026-11', r: { a: { text: 'Ääkköset, emoji 🧭 and \u0000 control' } } }];
    const file = Buffer.from(await sealBackup(buildPayload(pages, '2026-11-27'), 'cafe\u0301 passphrase', { params: { m: 19456, t: 2, p: 1 } }));
    // The passphrase is NFC-normalised: the composed form opens what the decomposed form sealed.
    const payload = await readBackup(file, 'café passphrase');
    expect(payload.pages).toEqual(pages);
    await expect(readBackup(file, 'another passphrase')).rejects.toThrow();
  });
});
