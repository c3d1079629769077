/**
 * Short-lived worker for the strength check, so zxcvbn (which keeps the last password it checked)
 * never holds the passphrase in the page's heap. The page ends the worker when the passphrase
 * screen goes away or after a short idle time (passphraseLazy.ts).
 */
/// <reference lib="webworker" />
import { assessPassphrase, preloadStrength } from './passphraseStrength';
import type { StrengthRequest, StrengthResponse } from './passphraseStrengthProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<StrengthRequest>) => {
  const request = event.data;
  let reply: StrengthResponse;
  try {
    if (request.type === 'load') {
      await preloadStrength();
      reply = { type: 'loaded', id: request.id };
    } else {
      reply = { type: 'result', id: request.id, strength: await assessPassphrase(request.passphrase, { generated: request.generated }) };
    }
  } catch {
    // PRIVACY: no detail crosses back.
    reply = { type: 'error', id: request.id };
  }
  scope.postMessage(reply);
};
