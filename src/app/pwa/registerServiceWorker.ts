/**
 * Registers the service worker and reports when an update is waiting. Updates never apply on
 * their own (registerType 'prompt', no skipWaiting): the person accepts, Polku locks, then the new
 * worker takes over and the page reloads once.
 */
import { trustedServiceWorkerUrl } from './trustedScriptUrl';

export type UpdateListener = (apply: () => void) => void;

export async function registerServiceWorker(onUpdateReady: UpdateListener, beforeUpdate: () => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  // workbox-window types the URL as string; at run time it passes it straight to register().
  const wb = new Workbox(trustedServiceWorkerUrl() as string, { scope: '/' });
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => {
      beforeUpdate();
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  await wb.register();
}
