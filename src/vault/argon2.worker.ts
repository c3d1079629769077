/**
 * Dedicated worker that runs Argon2id (64 MiB) off the main thread so the unlock screen stays
 * responsive. Receives passphrase bytes, answers with the derived key bytes, keeps nothing.
 */
/// <reference lib="webworker" />
import { computeArgon2id } from './argon2Compute';
import type { Argon2Request, Argon2Response } from './argon2Protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: Argon2Response, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<Argon2Request>) => {
  const request = event.data;
  if (request.type === 'warm') {
    await computeArgon2id(new Uint8Array(8), new Uint8Array(16), { m: 8, t: 1, p: 1 }).catch(() => undefined);
    reply({ type: 'warm' });
    return;
  }
  const { password, salt, params } = request;
  try {
    reply({ type: 'stage', stage: 'deriving' });
    const key = await computeArgon2id(password, salt, params);
    reply({ type: 'result', key }, [key.buffer]);
  } catch {
    // PRIVACY: no detail crosses back; the page shows a generic failure.
    reply({ type: 'error' });
  }
};
