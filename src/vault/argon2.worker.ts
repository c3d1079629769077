/**
 * Dedicated worker that runs Argon2id (64 MiB) off the main thread so the unlock screen stays
 * responsive. Receives passphrase bytes, answers with the derived key bytes, keeps nothing. It also
 * opens backup files (derivation, decryption, decompression, validation), answering with the
 * validated payload only.
 */
/// <reference lib="webworker" />
import { computeArgon2id } from './argon2Compute';
import { selfTestArgon2id } from './argon2SelfTest';
import type { Argon2Request, Argon2Response } from './argon2Protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: Argon2Response, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<Argon2Request>) => {
  const request = event.data;
  if (request.type === 'warm') {
    // Compiles the WASM and runs the known-answer self-test ahead of the real derivation.
    await selfTestArgon2id();
    reply({ type: 'warm' });
    return;
  }
  if (request.type === 'open-backup') {
    // The backup code is its own chunk, loaded only when a backup is opened, so unlocking does not wait for it.
    const { openBackupTask } = await import('./backupWorkerTask');
    reply(await openBackupTask(request.file, request.password, (stage) => reply({ type: 'stage', stage })));
    return;
  }
  const { password, salt, params } = request;
  try {
    if (!(await selfTestArgon2id())) {
      password.fill(0);
      reply({ type: 'error' });
      return;
    }
    reply({ type: 'stage', stage: 'deriving' });
    const key = await computeArgon2id(password, salt, params);
    reply({ type: 'result', key }, [key.buffer]);
  } catch {
    // PRIVACY: no detail crosses back; the page shows a generic failure.
    reply({ type: 'error' });
  }
};
