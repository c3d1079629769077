/**
 * The backup envelope and the whole opening pipeline after the file is read: size, JSON, exact
 * fields, byte lengths and KDF bounds before any derivation (docs/backup-format.md), then the key,
 * AES-GCM with the canonical header as additional data, capped gunzip, a JSON parse that refuses
 * prototype keys, migration and the strict payload schema. Every failure after the envelope is one
 * generic `backup-invalid`: it never says whether the passphrase or the file was wrong.
 * Argon2id is passed in (`derive`), so this module runs unchanged in the Argon2id worker (where a
 * backup is opened in browsers; see argon2.worker.ts) and in process (tests, no Worker).
 * PRIVACY: the plaintext payload and the derived key exist only in memory during the call.
 */
import { Gunzip } from 'fflate';
import { z } from '../lib/zod';
import { aesGcmDecrypt, IV_BYTES, importAesKey } from './aesGcm';
import { fromBase64, toBase64, utf8Decode, utf8Encode, wipeBytes, type Bytes } from './bytes';
import { VaultError } from './errors';
import { ARGON2_VERSION, SALT_BYTES, type Argon2Params } from './kdfParams';
import { LIMITS, parseUntrustedJson, PayloadError, validatePayload, type BackupPayload } from './backupPayload';

/** Neutral on purpose: the header names neither the app nor its topic. */
export const BACKUP_FORMAT = 'vault/backup';
export const BACKUP_VERSION = 1;
/** Refused before the file is read at all. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const TAG_BYTES = 16;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  v: typeof BACKUP_VERSION;
  kdf: { alg: 'argon2id'; ver: typeof ARGON2_VERSION; m: number; t: number; p: 1; salt: Bytes };
  aead: { alg: 'A256GCM'; iv: Bytes };
};
export type BackupEnvelope = BackupHeader & { ct: Bytes };

/**
 * Argon2id bounds for a backup header (security.md §5.3): at least the OWASP minimum, at most
 * 256 MiB and 10 passes, one lane. Checked before any derivation runs.
 */
export function kdfWithinBounds({ m, t, p }: { m: number; t: number; p: number }): boolean {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(t) || p !== 1) return false;
  if (m > 262_144 || t < 1 || t > 10) return false;
  return (m >= 47_104 && t >= 1) || (m >= 19_456 && t >= 2);
}

/** The additional data: the header with a fixed key order, base64 bytes and no whitespace. */
export function backupHeaderAad(header: BackupHeader): Bytes {
  const { kdf, aead } = header;
  return utf8Encode(
    `{"format":"${header.format}","v":${header.v},"kdf":{"alg":"argon2id","ver":${kdf.ver},"m":${kdf.m},"t":${kdf.t},"p":${kdf.p},"salt":"${toBase64(kdf.salt)}"},"aead":{"alg":"A256GCM","iv":"${toBase64(aead.iv)}"}}`,
  );
}

const base64Of = (min: number, max: number) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4 + 4)
    .transform((text, ctx) => {
      try {
        const bytes = fromBase64(text);
        if (bytes.length < min || bytes.length > max) throw new TypeError('length');
        return bytes;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'base64' });
        return z.NEVER;
      }
    });

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  v: z.literal(BACKUP_VERSION),
  kdf: z
    .strictObject({
      alg: z.literal('argon2id'),
      ver: z.literal(ARGON2_VERSION),
      m: z.number().int(),
      t: z.number().int(),
      p: z.literal(1),
      salt: base64Of(SALT_BYTES, SALT_BYTES),
    })
    .refine(kdfWithinBounds),
  aead: z.strictObject({ alg: z.literal('A256GCM'), iv: base64Of(IV_BYTES, IV_BYTES) }),
  ct: base64Of(TAG_BYTES + 1, MAX_BACKUP_BYTES),
});

const invalid = (cause?: unknown) => new VaultError('backup-invalid', cause === undefined ? undefined : { cause });

/**
 * Step 1 of opening: size, JSON, exact schema, base64 lengths and KDF bounds. No key is derived
 * and nothing is decrypted unless this passes. Throws `backup-too-large` or `backup-invalid`.
 */
export function parseBackupEnvelope(file: Uint8Array): BackupEnvelope {
  if (file.byteLength > MAX_BACKUP_BYTES) throw new VaultError('backup-too-large');
  let raw: unknown;
  try {
    raw = parseUntrustedJson(utf8Decode(file));
  } catch (error) {
    throw invalid(error);
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) throw invalid();
  return parsed.data as BackupEnvelope;
}

/** Gunzip with a cap on the output, so a small file cannot expand into all of memory. */
function gunzipCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const stream = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new PayloadError('payload too large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  stream.push(data, true);
  if (!ended) throw new PayloadError('truncated');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Runs Argon2id: in the worker itself, or through the worker client in process. Zeroes `password`. */
export type DeriveKeyBytes = (password: Bytes, salt: Bytes, params: Argon2Params) => Promise<Bytes>;

/**
 * Opens a backup with the passphrase bytes (zeroed on every path): envelope checks first (no
 * derivation on a malformed header), then `derive`, AES-GCM, capped gunzip, the prototype-safe
 * parse, migration and the strict payload schema.
 */
export async function openBackupWith(file: Uint8Array, password: Bytes, derive: DeriveKeyBytes): Promise<BackupPayload> {
  let envelope: BackupEnvelope;
  try {
    envelope = parseBackupEnvelope(file);
  } catch (error) {
    password.fill(0);
    throw error;
  }
  const { m, t } = envelope.kdf;
  let key: CryptoKey;
  try {
    const raw = await derive(password, envelope.kdf.salt, { m, t, p: 1 });
    try {
      key = await importAesKey(raw, ['decrypt']);
    } finally {
      wipeBytes(raw);
    }
  } catch (error) {
    if (error instanceof VaultError && error.code === 'no-webassembly') throw error;
    throw invalid(error);
  }
  let compressed: Bytes;
  try {
    compressed = await aesGcmDecrypt(key, envelope.aead.iv, envelope.ct, backupHeaderAad(envelope));
  } catch (error) {
    throw invalid(error);
  }
  try {
    const json = gunzipCapped(compressed, LIMITS.payloadBytes);
    wipeBytes(compressed);
    const text = utf8Decode(json);
    wipeBytes(json);
    return validatePayload(parseUntrustedJson(text));
  } catch (error) {
    throw invalid(error);
  }
}
