/**
 * The backup file: one UTF-8 JSON envelope `{format, v, kdf, aead, ct}` (docs/backup-format.md).
 * The key is Argon2id over the backup passphrase and a fresh salt (in the worker); `ct` is
 * AES-256-GCM over the gzip of the payload, with the canonical header (everything but `ct`) as
 * additional data, so a lowered KDF parameter, a swapped salt or a changed version fails to open.
 * Opening checks size, JSON, exact fields, byte lengths and KDF bounds before any derivation, and
 * reports every failure after that as one generic error: it never says whether the passphrase or
 * the file was wrong.
 * PRIVACY: the plaintext payload and the derived key exist only in memory during the call.
 */
import { Gunzip, gzipSync } from 'fflate';
import { z } from '../lib/zod';
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES, importAesKey, newIv } from './aesGcm';
import { deriveArgon2id, type KdfStage } from './argon2Derive';
import { fromBase64, toBase64, utf8Decode, utf8Encode, wipeBytes, type Bytes } from './bytes';
import { VaultError } from './errors';
import { ARGON2_VERSION, DEFAULT_ARGON2, SALT_BYTES, type Argon2Params } from './kdfParams';
import { passphraseBytes } from './keyring';
import { LIMITS, parseUntrustedJson, PayloadError, validatePayload, type BackupPayload } from './backupPayload';
import { randomBytes } from './random';

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

/** A neutral file name with the day only: `backup-2026-11-27.bak`. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.bak`;
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

async function backupKey(passphrase: string, salt: Bytes, params: Argon2Params, onStage?: (stage: KdfStage) => void): Promise<CryptoKey> {
  const raw = await deriveArgon2id(passphraseBytes(passphrase), salt, params, onStage);
  try {
    return await importAesKey(raw, ['encrypt', 'decrypt']);
  } finally {
    wipeBytes(raw);
  }
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

export type SealOptions = { params?: Argon2Params; onStage?: (stage: KdfStage) => void };

/** Writes a backup file (UTF-8 JSON bytes) of the payload under the backup passphrase. */
export function sealBackup(payload: BackupPayload, passphrase: string, options: SealOptions = {}): Promise<Bytes> {
  return sealPayloadJson(JSON.stringify(payload), passphrase, options);
}

/** The same for payload JSON given as text (tests use it to seal hostile payloads). */
export async function sealPayloadJson(payloadJson: string, passphrase: string, options: SealOptions = {}): Promise<Bytes> {
  const params = options.params ?? DEFAULT_ARGON2;
  if (!kdfWithinBounds(params)) throw new RangeError('kdf params');
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    v: BACKUP_VERSION,
    kdf: { alg: 'argon2id', ver: ARGON2_VERSION, m: params.m, t: params.t, p: 1, salt: randomBytes(SALT_BYTES) },
    aead: { alg: 'A256GCM', iv: newIv() },
  };
  const key = await backupKey(passphrase, header.kdf.salt, params, options.onStage);
  const json = utf8Encode(payloadJson);
  const compressed = gzipSync(json, { level: 6, mtime: 0 });
  wipeBytes(json);
  const ct = await aesGcmEncrypt(key, header.aead.iv, new Uint8Array(compressed), backupHeaderAad(header));
  wipeBytes(compressed);
  const aad = utf8Decode(backupHeaderAad(header));
  return utf8Encode(`${aad.slice(0, -1)},"ct":"${toBase64(ct)}"}`);
}

/**
 * Opens a backup: envelope checks first (no derivation on a malformed header), then Argon2id in
 * the worker, AES-GCM, capped gunzip, a JSON parse that refuses prototype keys, migration of older
 * payloads and the strict payload schema. Any failure after the envelope is `backup-invalid`.
 */
export async function openBackup(file: Uint8Array, passphrase: string, onStage?: (stage: KdfStage) => void): Promise<BackupPayload> {
  const envelope = parseBackupEnvelope(file);
  const { m, t } = envelope.kdf;
  let key: CryptoKey;
  try {
    key = await backupKey(passphrase, envelope.kdf.salt, { m, t, p: 1 }, onStage);
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
