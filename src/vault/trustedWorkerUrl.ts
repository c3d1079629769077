/**
 * The Trusted Types policy `polku-worker`: it turns exactly one URL, the built Argon2id worker,
 * into a TrustedScriptURL, and refuses every other URL. The CSP lists it in `trusted-types`.
 */
import workerUrl from './argon2.worker.ts?worker&url';

export const WORKER_POLICY_NAME = 'polku-worker';

let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | undefined;

/** Creates the policy once; later calls reuse it (a second createPolicy would be refused). */
export function workerPolicy(): Pick<TrustedTypePolicy, 'createScriptURL'> | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  policy ??= factory.createPolicy(WORKER_POLICY_NAME, {
    createScriptURL: (url: string) => {
      if (url !== workerUrl) throw new TypeError('polku-worker: refused URL');
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

export { workerUrl as ARGON2_WORKER_URL };
