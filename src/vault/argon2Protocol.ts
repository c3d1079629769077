/**
 * Messages between the page and the Argon2id worker. The request carries the passphrase bytes
 * (transferred, so the page's copy is detached) and the salt; the answer carries the derived key
 * bytes, also transferred.
 */
import type { Argon2Params } from './kdfParams';

export type KdfStage = 'starting' | 'deriving' | 'unwrapping';

/** `warm` compiles the WASM with a tiny run, so the real derivation starts at once. */
export type Argon2Request =
  | { type: 'warm' }
  | {
  type: 'derive';
  password: Uint8Array<ArrayBuffer>;
  salt: Uint8Array<ArrayBuffer>;
  params: Argon2Params;
};

export type Argon2Response =
  | { type: 'stage'; stage: KdfStage }
  | { type: 'warm' }
  | { type: 'result'; key: Uint8Array<ArrayBuffer> }
  | { type: 'error' };
