/**
 * Messages between the page and the Argon2id worker. The request carries the passphrase bytes
 * (transferred, so the page's copy is detached) and the salt; the answer carries the derived key
 * bytes, also transferred. `open-backup` carries a backup file (copied, not transferred: the caller
 * keeps its bytes) and its passphrase; the answer is the validated payload or one error code, so no
 * key and no unvalidated plaintext ever reaches the page.
 */
import type { BackupPayload } from './backupPayload';
import type { Argon2Params } from './kdfParams';

export type KdfStage = 'starting' | 'deriving' | 'unwrapping';

/** `warm` compiles the WASM with a tiny run, so the real derivation starts at once. */
export type Argon2Request =
  | { type: 'warm' }
  | { type: 'open-backup'; file: Uint8Array; password: Uint8Array<ArrayBuffer> }
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
  | { type: 'backup'; payload: BackupPayload }
  | { type: 'backup-error'; code: BackupOpenErrorCode }
  | { type: 'error' };

/** The only errors an opened backup can end in, as the page shows them. */
export type BackupOpenErrorCode = 'backup-invalid' | 'backup-too-large' | 'no-webassembly';
