/**
 * AES-256-GCM through Web Crypto: the one cipher for records and key slots. 96-bit IVs, 128-bit
 * tags, additional data always supplied by the caller so every ciphertext is bound to its place.
 */
import type { Bytes } from './bytes';
import { randomBytes } from './random';

export const IV_BYTES = 12;
export const KEY_BYTES = 32;

export function newIv(): Bytes {
  return randomBytes(IV_BYTES);
}

export async function aesGcmEncrypt(key: CryptoKey, iv: Bytes, plaintext: Bytes, aad: Bytes): Promise<Bytes> {
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plaintext);
  return new Uint8Array(ct);
}

/** Rejects (OperationError) when the key, IV, AAD or any ciphertext bit is wrong. */
export async function aesGcmDecrypt(key: CryptoKey, iv: Bytes, ciphertext: Bytes, aad: Bytes): Promise<Bytes> {
  const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, ciphertext);
  return new Uint8Array(pt);
}

/** Imports raw key bytes; non-extractable unless a flow explicitly needs to wrap the key. */
export async function importAesKey(raw: Bytes, usages: KeyUsage[], extractable = false): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, extractable, usages);
}

/** A fresh random data key. Extractable only so setup can wrap it into the key slots. */
export async function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}
