/**
 * The Trusted Types policy `polku-worker`: it turns exactly two URLs, the built Argon2id worker and
 * the passphrase-strength worker, into TrustedScriptURLs, and refuses every other URL. The CSP
 * lists it in `trusted-types`.
 */
import workerUrl from './argon2.worker.ts?worker&url';
import strengthWorkerUrl from './passphraseStrength.worker.ts?worker&url';

export const WORKER_POLICY_NAME = 'polku-worker';

let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | undefined;

/** Creates the policy once; later calls reuse it (a second createPolicy would be refused). */
export function workerPolicy(): Pick<TrustedTypePolicy, 'createScriptURL'> | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  policy ??= factory.createPolicy(WORKER_POLICY_NAME, {
    createScriptURL: (url: string) => {
      if (url !== workerUrl && url !== strengthWorkerUrl) throw new TypeError('polku-worker: refused URL');
      return url;
    },
  });
  return policy;
}

/** The worker URL, trusted where the browser enforces Trusted Types, a plain string elsewhere. */
export function argon2WorkerScriptUrl(): TrustedScriptURL | string {
  const p = workerPolicy();
  return p ? p.createScriptURL(workerUrl) : workerUrl;
}

/** The strength-check worker's URL, trusted likewise. */
export function strengthWorkerScriptUrl(): TrustedScriptURL | string {
  const p = workerPolicy();
  return p ? p.createScriptURL(strengthWorkerUrl) : strengthWorkerUrl;
}

export { workerUrl as ARGON2_WORKER_URL };
