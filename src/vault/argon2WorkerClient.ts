/**
 * Runs one Argon2id derivation in a module worker and terminates it afterwards, so the 64 MiB of
 * WASM memory is released after every unlock. The lock screen may start (warm) the worker ahead,
 * so loading and compiling the WASM is not part of the wait after Enter. Backups are opened in the
 * same worker, the same way: one request, then the worker is gone.
 */
import type { BackupPayload } from './backupPayload';
import type { Bytes } from './bytes';
import { VaultError } from './errors';
import type { Argon2Request, Argon2Response, KdfStage } from './argon2Protocol';
import type { Argon2Params } from './kdfParams';
import { argon2WorkerScriptUrl } from './trustedWorkerUrl';

let ready: Worker | undefined;

function spawn(): Worker {
  // TrustedScriptURL is accepted by the Worker constructor in browsers that enforce Trusted Types.
  return new Worker(argon2WorkerScriptUrl() as unknown as string, { type: 'module', name: 'kdf' });
}

/** Starts a worker and compiles Argon2id in it; the next derivation uses it. */
export function warmWorker(): void {
  if (ready) return;
  ready = spawn();
  const request: Argon2Request = { type: 'warm' };
  ready.postMessage(request);
}

export function deriveInWorker(password: Bytes, salt: Bytes, params: Argon2Params, onStage?: (stage: KdfStage) => void): Promise<Bytes> {
  return new Promise<Bytes>((resolve, reject) => {
    const worker = ready ?? spawn();
    ready = undefined;
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<Argon2Response>) => {
      const message = event.data;
      if (message.type === 'warm') return;
      if (message.type === 'stage') onStage?.(message.stage);
      else if (message.type === 'result') {
        finish();
        resolve(message.key);
      } else {
        finish();
        reject(new Error('kdf failed'));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error('kdf worker failed'));
    };
    const request: Argon2Request = { type: 'derive', password, salt, params };
    worker.postMessage(request, [password.buffer]);
  });
}

/**
 * Opens a backup file in the worker (derivation, decryption, decompression and validation all off
 * this thread). Resolves with the validated payload; rejects with the one VaultError the page shows.
 * The file is copied to the worker, the passphrase bytes are transferred.
 */
export function openBackupInWorker(file: Uint8Array, password: Bytes, onStage?: (stage: KdfStage) => void): Promise<BackupPayload> {
  return new Promise<BackupPayload>((resolve, reject) => {
    const worker = ready ?? spawn();
    ready = undefined;
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<Argon2Response>) => {
      const message = event.data;
      if (message.type === 'warm') return;
      if (message.type === 'stage') onStage?.(message.stage);
      else if (message.type === 'backup') {
        finish();
        resolve(message.payload);
      } else {
        finish();
        reject(new VaultError(message.type === 'backup-error' ? message.code : 'backup-invalid'));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new VaultError('backup-invalid'));
    };
    const request: Argon2Request = { type: 'open-backup', file, password };
    worker.postMessage(request, [password.buffer]);
  });
}
