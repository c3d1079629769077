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

type Answer = Exclude<Argon2Response, { type: 'stage' } | { type: 'warm' }>;

/**
 * Sends one request to the warm worker (or a new one), passes its stages on, and ends the worker
 * at its answer or its crash. `settle` turns the answer into the value or the error to reject with.
 */
function askOnce<T>(request: Argon2Request, transfer: Transferable[], onStage: ((stage: KdfStage) => void) | undefined, settle: (answer: Answer) => { value: T } | { error: Error }, crashed: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = ready ?? spawn();
    ready = undefined;
    worker.onmessage = (event: MessageEvent<Argon2Response>) => {
      const message = event.data;
      if (message.type === 'warm') return;
      if (message.type === 'stage') {
        onStage?.(message.stage);
        return;
      }
      worker.terminate();
      const outcome = settle(message);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(crashed());
    };
    worker.postMessage(request, transfer);
  });
}

export function deriveInWorker(password: Bytes, salt: Bytes, params: Argon2Params, onStage?: (stage: KdfStage) => void): Promise<Bytes> {
  return askOnce<Bytes>(
    { type: 'derive', password, salt, params },
    [password.buffer],
    onStage,
    (answer) => (answer.type === 'result' ? { value: answer.key } : { error: new Error('kdf failed') }),
    () => new Error('kdf worker failed'),
  );
}

/**
 * Opens a backup file in the worker (derivation, decryption, decompression and validation all off
 * this thread). Resolves with the validated payload; rejects with the one VaultError the page shows.
 * The file is copied to the worker, the passphrase bytes are transferred.
 */
export function openBackupInWorker(file: Uint8Array, password: Bytes, onStage?: (stage: KdfStage) => void): Promise<BackupPayload> {
  return askOnce<BackupPayload>(
    { type: 'open-backup', file, password },
    [password.buffer],
    onStage,
    (answer) => (answer.type === 'backup' ? { value: answer.payload } : { error: new VaultError(answer.type === 'backup-error' ? answer.code : 'backup-invalid') }),
    () => new VaultError('backup-invalid'),
  );
}
