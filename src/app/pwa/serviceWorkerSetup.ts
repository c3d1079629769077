/**
 * Everything the service worker brings, loaded after the first screen is up (so none of it is on
 * a first screen's critical path): the browser's install offer, registration with updates on
 * consent, and, once the worker controls the page, the first-run files for offline use.
 */
import { cacheFirstRun, whenControlled } from './firstRunCache';
import { listenForInstallOffer } from '../../ui/installPrompt';
import { registerServiceWorker, type UpdateListener } from './registerServiceWorker';

export type ServiceWorkerHooks = {
  onUpdateReady: UpdateListener;
  beforeUpdate: () => void;
  /** The first-run files were just cached: "Ready to use offline". */
  onOfflineReady: () => void;
};

export async function setUpServiceWorker({ onUpdateReady, beforeUpdate, onOfflineReady }: ServiceWorkerHooks): Promise<void> {
  // The browser makes its offer only once a service worker is registered, so listening now is in time.
  listenForInstallOffer();
  await registerServiceWorker(onUpdateReady, beforeUpdate);
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  await whenControlled();
  if ((await cacheFirstRun()) !== 'already') onOfflineReady();
}
