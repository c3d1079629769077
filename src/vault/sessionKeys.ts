/**
 * The keys an unlocked session holds, all non-extractable and all from the one data key in the
 * key slots: the data key itself (opens records written in the v1 per-record format, for the
 * migration), a page key that seals the encrypted pages, and an HMAC key that turns a
 * collection and span into an opaque page id. The two derived keys come from HKDF over the data
 * key, so a passphrase change (a re-wrapped slot) changes neither and no page is re-encrypted.
 */
import { utf8Encode } from './bytes';
import { slotHeaderAad, type KeySlot } from './keySlot';

export type SessionKeys = {
  /** The data key as AES-GCM: opens v1 records while they are moved into pages. */
  legacy: CryptoKey;
  /** AES-256-GCM for pages. */
  page: CryptoKey;
  /** HMAC-SHA-256 for page ids. */
  pageId: CryptoKey;
};

const NO_SALT = new Uint8Array(32);
const PAGE_INFO = utf8Encode('polku/page/aead/v1');
const PAGE_ID_INFO = utf8Encode('polku/page/id/v1');

/** The same wrapped bytes unwrapped for a second purpose (HKDF input); never extractable. */
function unwrapAs(slot: KeySlot, kek: CryptoKey, algorithm: AlgorithmIdentifier | AesKeyAlgorithm, usages: KeyUsage[]): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', slot.wrapped, kek, { name: 'AES-GCM', iv: slot.aead.iv, additionalData: slotHeaderAad(slot) }, algorithm, false, usages);
}

/** Rejects when the KEK is wrong or any slot header byte changed (as unwrapping the data key does). */
export async function unwrapSessionKeys(slot: KeySlot, kek: CryptoKey): Promise<SessionKeys> {
  const legacy = await unwrapAs(slot, kek, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']);
  const base = await unwrapAs(slot, kek, { name: 'HKDF' }, ['deriveKey']);
  const [page, pageId] = await Promise.all([
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: NO_SALT, info: PAGE_INFO }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: NO_SALT, info: PAGE_ID_INFO }, base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { legacy, page, pageId };
}
