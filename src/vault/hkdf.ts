/**
 * HKDF-SHA-256 (RFC 5869) through Web Crypto. Used to turn the high-entropy recovery code into a
 * key-encryption key; a slow KDF adds nothing when the input already has 160 random bits.
 */
import type { Bytes } from './bytes';

export async function hkdfSha256(ikm: Bytes, salt: Bytes, info: Bytes, length: number): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, base, length * 8);
  return new Uint8Array(bits);
}
