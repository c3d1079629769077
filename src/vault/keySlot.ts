/**
 * Key slots: the data key wrapped (AES-256-GCM) by a key derived from the passphrase (Argon2id) or
 * from the recovery code (HKDF). The whole slot header, KDF parameters and salt included, is the
 * additional data of the wrap, so a lowered parameter or swapped salt makes unwrapping fail.
 * Slots hold no user text; they are the only vault data stored outside a record envelope.
 */
import { z } from '../lib/zod';

import { toBase64, utf8Encode, type Bytes } from './bytes';
import { IV_BYTES, KEY_BYTES, newIv } from './aesGcm';
import { ARGON2_VERSION, isAllowedArgon2, SALT_BYTES, type Argon2Params } from './kdfParams';

export type SlotId = 'passphrase' | 'recovery';

export type Argon2Header = { alg: 'argon2id'; ver: typeof ARGON2_VERSION; salt: Bytes } & Argon2Params;
export type HkdfHeader = { alg: 'hkdf-sha256'; salt: Bytes };

export type PassphraseSlot = { id: 'passphrase'; v: 1; kdf: Argon2Header; aead: { alg: 'A256GCM'; iv: Bytes }; wrapped: Bytes };
export type RecoverySlot = { id: 'recovery'; v: 1; kdf: HkdfHeader; aead: { alg: 'A256GCM'; iv: Bytes }; wrapped: Bytes };
export type KeySlot = PassphraseSlot | RecoverySlot;

/** Canonical header: fixed key order, base64 bytes, no whitespace. Everything but `wrapped`. */
export function slotHeaderAad(slot: Omit<KeySlot, 'wrapped'>): Bytes {
  const kdf =
    slot.kdf.alg === 'argon2id'
      ? `{"alg":"argon2id","ver":${slot.kdf.ver},"m":${slot.kdf.m},"t":${slot.kdf.t},"p":${slot.kdf.p},"salt":"${toBase64(slot.kdf.salt)}"}`
      : `{"alg":"hkdf-sha256","salt":"${toBase64(slot.kdf.salt)}"}`;
  return utf8Encode(`{"format":"polku/key-slot","id":"${slot.id}","v":${slot.v},"kdf":${kdf},"aead":{"alg":"A256GCM","iv":"${toBase64(slot.aead.iv)}"}}`);
}

export async function wrapIntoSlot<S extends KeySlot>(header: Omit<S, 'wrapped' | 'aead'>, kek: CryptoKey, dataKey: CryptoKey): Promise<S> {
  const aead = { alg: 'A256GCM' as const, iv: newIv() };
  const withAead = { ...header, aead } as Omit<S, 'wrapped'>;
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: aead.iv, additionalData: slotHeaderAad(withAead) });
  return { ...withAead, wrapped: new Uint8Array(wrapped) } as S;
}

/** Rejects when the KEK is wrong or any header byte changed. */
export async function unwrapFromSlot(slot: KeySlot, kek: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    slot.wrapped,
    kek,
    { name: 'AES-GCM', iv: slot.aead.iv, additionalData: slotHeaderAad(slot) },
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

const bytesOf = (length: number) =>
  z.custom<Bytes>((value) => value instanceof Uint8Array && value.length === length).transform((value) => new Uint8Array(value));

const aeadSchema = z.object({ alg: z.literal('A256GCM'), iv: bytesOf(IV_BYTES) }).strict();
const wrappedSchema = bytesOf(KEY_BYTES + 16);

const passphraseSchema = z
  .object({
    id: z.literal('passphrase'),
    v: z.literal(1),
    kdf: z
      .object({ alg: z.literal('argon2id'), ver: z.literal(ARGON2_VERSION), m: z.number(), t: z.number(), p: z.literal(1), salt: bytesOf(SALT_BYTES) })
      .strict()
      .refine((kdf) => isAllowedArgon2(kdf)),
    aead: aeadSchema,
    wrapped: wrappedSchema,
  })
  .strict();

const recoverySchema = z
  .object({
    id: z.literal('recovery'),
    v: z.literal(1),
    kdf: z.object({ alg: z.literal('hkdf-sha256'), salt: bytesOf(SALT_BYTES) }).strict(),
    aead: aeadSchema,
    wrapped: wrappedSchema,
  })
  .strict();

/**
 * Validates a stored slot before any key derivation runs: exact fields, byte lengths, and KDF
 * parameters from the allowlist only (no downgrade, no memory-exhaustion values).
 */
export function parseSlot(raw: unknown): KeySlot | undefined {
  const schema = typeof raw === 'object' && raw !== null && (raw as { id?: unknown }).id === 'recovery' ? recoverySchema : passphraseSchema;
  const result = schema.safeParse(raw);
  return result.success ? (result.data as KeySlot) : undefined;
}
