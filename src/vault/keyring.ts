/**
 * The key flows: create the data key and its two slots, open a slot with the passphrase or the
 * recovery code, and re-wrap for a new passphrase or a new recovery code. Pure crypto, no storage:
 * callers persist slots (outside any IndexedDB transaction while this runs).
 * PRIVACY: passphrase bytes are zeroed after derivation; derived key bytes are zeroed after import.
 */
import { generateDataKey, importAesKey } from './aesGcm';
import { deriveArgon2id, type KdfStage } from './argon2Derive';
import { utf8Encode, wipeBytes, type Bytes } from './bytes';
import { VaultError } from './errors';
import { hkdfSha256 } from './hkdf';
import { ARGON2_VERSION, DEFAULT_ARGON2, SALT_BYTES, type Argon2Params } from './kdfParams';
import { unwrapFromSlot, wrapIntoSlot, type PassphraseSlot, type RecoverySlot } from './keySlot';
import { unwrapSessionKeys, type SessionKeys } from './sessionKeys';
import { randomBytes } from './random';
import { generateRecoveryCode, parseRecoveryCode } from './recoveryCode';

export type OnStage = (stage: KdfStage) => void;
const RECOVERY_INFO = utf8Encode('polku/kek/recovery/v1');

/** NFC so the same passphrase typed on different keyboards (macOS NFD) gives the same key. */
export function passphraseBytes(passphrase: string): Bytes {
  return utf8Encode(passphrase.normalize('NFC'));
}

async function passphraseKek(passphrase: string, salt: Bytes, params: Argon2Params, onStage?: OnStage): Promise<CryptoKey> {
  const raw = await deriveArgon2id(passphraseBytes(passphrase), salt, params, onStage);
  try {
    return await importAesKey(raw, ['wrapKey', 'unwrapKey']);
  } finally {
    wipeBytes(raw);
  }
}

async function recoveryKek(codeBytes: Bytes, salt: Bytes): Promise<CryptoKey> {
  const raw = await hkdfSha256(codeBytes, salt, RECOVERY_INFO, 32);
  try {
    return await importAesKey(raw, ['wrapKey', 'unwrapKey']);
  } finally {
    wipeBytes(raw);
  }
}

/**
 * Wraps the data key into a new passphrase slot and, with the same KEK, unwraps the
 * non-extractable session keys from it (so no flow ever needs to export raw key bytes).
 */
export async function sealPassphraseSlot(dataKey: CryptoKey, passphrase: string, onStage?: OnStage, params: Argon2Params = DEFAULT_ARGON2): Promise<{ slot: PassphraseSlot; session: SessionKeys }> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await passphraseKek(passphrase, salt, params, onStage);
  onStage?.('unwrapping');
  const slot = await wrapIntoSlot<PassphraseSlot>({ id: 'passphrase', v: 1, kdf: { alg: 'argon2id', ver: ARGON2_VERSION, ...params, salt } }, kek, dataKey);
  const session = await unwrapSessionKeys(slot, kek);
  return { slot, session };
}

export async function sealRecoverySlot(dataKey: CryptoKey): Promise<{ slot: RecoverySlot; code: string }> {
  const { code, bytes } = generateRecoveryCode();
  const salt = randomBytes(SALT_BYTES);
  const kek = await recoveryKek(bytes, salt);
  wipeBytes(bytes);
  const slot = await wrapIntoSlot<RecoverySlot>({ id: 'recovery', v: 1, kdf: { alg: 'hkdf-sha256', salt } }, kek, dataKey);
  return { slot, code };
}

export type NewKeyring = { passphraseSlot: PassphraseSlot; recoverySlot: RecoverySlot; recoveryCode: string; session: SessionKeys };

/** Above this, setup falls back to the OWASP-equivalent m = 46 MiB, t = 1 (never lower). */
export const SLOW_DEVICE_MS = 3_000;
export const SLOW_DEVICE_ARGON2: Argon2Params = { m: 47104, t: 1, p: 1 };

/**
 * A new random data key wrapped into both slots. With no explicit parameters, the default is
 * timed; on a device where it takes over 3 s the passphrase slot is made again with the recorded
 * fallback, so every later unlock stays bearable. The extractable key handle lives only here.
 */
export async function createKeyring(passphrase: string, onStage?: OnStage, params?: Argon2Params, now: () => number = () => performance.now()): Promise<NewKeyring> {
  const dataKey = await generateDataKey();
  const started = now();
  let sealed = await sealPassphraseSlot(dataKey, passphrase, onStage, params ?? DEFAULT_ARGON2);
  if (!params && now() - started > SLOW_DEVICE_MS) sealed = await sealPassphraseSlot(dataKey, passphrase, onStage, SLOW_DEVICE_ARGON2);
  const { slot: recoverySlot, code } = await sealRecoverySlot(dataKey);
  return { passphraseSlot: sealed.slot, recoverySlot, recoveryCode: code, session: sealed.session };
}

/** The session keys for an unlock; throws WrongPassphrase like openPassphraseSlot. */
export async function openPassphraseSession(slot: PassphraseSlot, passphrase: string, onStage?: OnStage): Promise<SessionKeys> {
  const { m, t, p } = slot.kdf;
  const kek = await passphraseKek(passphrase, slot.kdf.salt, { m, t, p }, onStage);
  onStage?.('unwrapping');
  try {
    return await unwrapSessionKeys(slot, kek);
  } catch (error) {
    throw new VaultError('wrong-passphrase', { cause: error });
  }
}

/** Throws WrongPassphrase when the passphrase (or any slot header byte) is wrong. */
export async function openPassphraseSlot(slot: PassphraseSlot, passphrase: string, extractable: boolean, onStage?: OnStage): Promise<CryptoKey> {
  const { m, t, p } = slot.kdf;
  const kek = await passphraseKek(passphrase, slot.kdf.salt, { m, t, p }, onStage);
  onStage?.('unwrapping');
  try {
    return await unwrapFromSlot(slot, kek, extractable);
  } catch (error) {
    throw new VaultError('wrong-passphrase', { cause: error });
  }
}

/** Throws MalformedRecoveryCode for text that cannot be a code, WrongRecoveryCode otherwise. */
export async function openRecoverySlot(slot: RecoverySlot, code: string, extractable: boolean): Promise<CryptoKey> {
  const bytes = parseRecoveryCode(code);
  if (!bytes) throw new VaultError('malformed-recovery-code');
  const kek = await recoveryKek(bytes, slot.kdf.salt);
  wipeBytes(bytes);
  try {
    return await unwrapFromSlot(slot, kek, extractable);
  } catch (error) {
    throw new VaultError('wrong-recovery-code', { cause: error });
  }
}
