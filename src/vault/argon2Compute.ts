/**
 * Argon2id through hash-wasm, shared by the worker and the in-process fallback used where no
 * Worker exists (vitest/node). Handles passphrase bytes: zeroes them when done.
 */
import { argon2id } from 'hash-wasm';
import type { Bytes } from './bytes';
import { DERIVED_KEY_BYTES, type Argon2Params } from './kdfParams';

export async function computeArgon2id(password: Bytes, salt: Bytes, params: Argon2Params): Promise<Bytes> {
  try {
    const out = await argon2id({
      password,
      salt,
      iterations: params.t,
      memorySize: params.m,
      parallelism: params.p,
      hashLength: DERIVED_KEY_BYTES,
      outputType: 'binary',
    });
    const key = new Uint8Array(out.length);
    key.set(out);
    out.fill(0);
    return key;
  } finally {
    password.fill(0);
  }
}

