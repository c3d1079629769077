/**
 * The Trusted Types policy `sw-url`: the only script URL it will vouch for is the service worker,
 * so an injected string can never become a registered worker.
 */
export const SERVICE_WORKER_URL = '/sw.js';

type ScriptUrl = string | TrustedScriptURL;

let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | undefined;

export function trustedServiceWorkerUrl(): ScriptUrl {
  if (!window.trustedTypes) return SERVICE_WORKER_URL;
  policy ??= window.trustedTypes.createPolicy('sw-url', {
    createScriptURL: (url: string) => {
      if (url !== SERVICE_WORKER_URL) throw new TypeError('Only the service worker URL is allowed');
      return url;
    },
  });
  return policy.createScriptURL(SERVICE_WORKER_URL);
}
