/**
 * The backup file: one UTF-8 JSON envelope `{format, v, kdf, aead, ct}` (docs/backup-format.md).
 * Writing: Argon2id over the backup passphrase and a fresh salt (in the worker), AES-256-GCM over
 * the gzip of the payload with the canonical header (everything but `ct`) as additional data, so a
 * lowered KDF parameter, a swapped salt or a changed version fails to open. Opening
 * (backupEnvelope.ts) runs in the Argon2id worker in browsers: key derivation, decryption,
 * decompression, parsing and validation all happen off the page's thread, and only the validated
 * payload comes back. Where there is no Worker (tests) the same pipeline runs in process.
 * PRIVACY: the plaintext payload and the derived key exist only in memory during the call.
 */
import { gzipSync } from 'fflate';
import { aesGcmEncrypt, importAesKey, newIv } from './aesGcm';
import { deriveArgon2id, type KdfStage } from './argon2Derive';
import { toBase64, utf8Decode, utf8Encode, wipeBytes, type Bytes } from './bytes';
import { BACKUP_FORMAT, BACKUP_VERSION, backupHeaderAad, kdfWithinBounds, openBackupWith, type BackupHeader } from './backupEnvelope';
import { ARGON2_VERSION, DEFAULT_ARGON2, SALT_BYTES, type Argon2Params } from './kdfParams';
import { passphraseBytes } from './keyring';
import type { BackupPayload } from './backupPayload';
import { randomBytes } from './random';

/** A neutral file name with the day only: `backup-2026-11-27.bak`. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.bak`;
}

async function backupKey(passphrase: string, salt: Bytes, params: Argon2Params, onStage?: (stage: KdfStage) => void): Promise<CryptoKey> {
  const raw = await deriveArgon2id(passphraseBytes(passphrase), salt, params, onStage);
  try {
    return await importAesKey(raw, ['encrypt', 'decrypt']);
  } finally {
    wipeBytes(raw);
  }
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
 * Opens a backup (see backupEnvelope.ts for every check, in order). In browsers the whole pipeline
 * runs in the Argon2id worker, which is then terminated (its 64 MiB released); without a Worker it
 * runs here. Throws `backup-too-large`, `backup-invalid` or `no-webassembly`.
 */
export async function openBackup(file: Uint8Array, passphrase: string, onStage?: (stage: KdfStage) => void): Promise<BackupPayload> {
  const password = passphraseBytes(passphrase);
  if (typeof Worker === 'function' && typeof WebAssembly === 'object') {
    const { openBackupInWorker } = await import('./argon2WorkerClient');
    onStage?.('starting');
    return openBackupInWorker(file, password, onStage);
  }
  return openBackupWith(file, password, (bytes, salt, params) => deriveArgon2id(bytes, salt, params, onStage));
}
