/**
 * The browser's own install offer (`beforeinstallprompt`, Chromium browsers), kept until the person
 * asks for it, and which written instructions fit elsewhere (iOS Safari, Firefox). Small and
 * dependency-free: it starts listening with the layout, before the browser makes its offer.
 */
type InstallEvent = Event & { prompt: () => Promise<void> };

let offer: InstallEvent | null = null;
let listening = false;
const subscribers = new Set<() => void>();
const notify = () => subscribers.forEach((fn) => fn());

export function listenForInstallOffer(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's banner back; Polku offers it quietly with its own button.
    event.preventDefault();
    offer = event as InstallEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    offer = null;
    notify();
  });
}

export function subscribeInstallOffer(fn: () => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

export function hasInstallOffer(): boolean {
  return offer !== null;
}

export async function askToInstall(): Promise<void> {
  const current = offer;
  offer = null;
  notify();
  await current?.prompt();
}

export type InstallHelp = 'installed' | 'ios' | 'firefox' | 'other';

/** Which written advice fits this browser when it makes no install offer of its own. */
export function installHelp(): InstallHelp {
  if (window.matchMedia?.('(display-mode: standalone)').matches) return 'installed';
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) return 'ios';
  if (/Firefox\//.test(ua)) return 'firefox';
  return 'other';
}
