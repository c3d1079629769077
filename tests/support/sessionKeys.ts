/**
 * Session keys for tests that need an unlocked vault without a key slot: random, non-extractable,
 * of the same algorithms the vault derives at unlock (vault/sessionKeys.ts).
 */
import type { SessionKeys } from '../../src/vault/sessionKeys';

export async function randomSessionKeys(): Promise<SessionKeys> {
  const raw = () => crypto.getRandomValues(new Uint8Array(32));
  const [legacy, page, pageId] = await Promise.all([
    crypto.subtle.importKey('raw', raw(), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', raw(), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', raw(), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { legacy, page, pageId };
}
