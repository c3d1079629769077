/**
 * Argon2id key derivation behind one interface: a Web Worker in browsers, in-process hash-wasm
 * where there is no Worker (vitest/node), so tests exercise the real implementation.
 * Takes passphrase bytes and zeroes (or transfers) them.
 */
import { copyBytes, type Bytes } from './bytes';
import type { KdfStage } from './argon2Protocol';
import { VaultError } from './errors';
import { DERIVED_KEY_BYTES, type Argon2Params } from './kdfParams';

export type { KdfStage };

export async function deriveArgon2id(password: Bytes, salt: Bytes, params: Argon2Params, onStage?: (stage: KdfStage) => void): Promise<Bytes> {
  if (typeof WebAssembly !== 'object') throw new VaultError('no-webassembly');
  onStage?.('starting');
  const saltCopy = copyBytes(salt);
  try {
    let key: Bytes;
    if (typeof Worker === 'function') {
      const { deriveInWorker } = await import('./argon2WorkerClient');
      key = await deriveInWorker(password, saltCopy, params, onStage);
    } else {
      const [{ computeArgon2id }, { selfTestArgon2id }] = await Promise.all([import('./argon2Compute'), import('./argon2SelfTest')]);
      // The worker runs the same known-answer self-test before its first derivation.
      if (!(await selfTestArgon2id())) throw new Error('argon2id self-test failed');
      onStage?.('deriving');
      key = await computeArgon2id(password, saltCopy, params);
    }
    if (key.length !== DERIVED_KEY_BYTES) throw new Error('bad length');
    return key;
  } catch (error) {
    password.fill(0);
    if (error instanceof VaultError) throw error;
    throw new VaultError('kdf-failed', { cause: error });
  }
}

/** Call when a passphrase is about to be typed: loads and compiles Argon2id in the worker early. */
export async function prewarmKdf(): Promise<void> {
  if (typeof Worker !== 'function' || typeof WebAssembly !== 'object') return;
  const { warmWorker } = await import('./argon2WorkerClient');
  warmWorker();
}
