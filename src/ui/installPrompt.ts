/**
 * The browser's own install offer (`beforeinstallprompt`, Chromium browsers), kept until the person
 * asks for it, and which written instructions fit elsewhere (iOS Safari, Firefox). Small and
 * dependency-free: the shell starts listening after its first screen, before the browser makes its
 * offer; the "Ready to use offline" note and the settings section both read it.
 */
type InstallEvent = Event & { prompt: () => Promise<void> };

let offer: InstallEvent | null = null;
let installedNow = false;
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
    installedNow = true;
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

/** Opened as the installed app (its own window, or from the iOS Home Screen). */
export function runsInstalled(): boolean {
  if (typeof window === 'undefined') return false;
  if (window.matchMedia?.('(display-mode: standalone)').matches) return true;
  return (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

export type InstallHelp = 'installed' | 'ios' | 'firefox' | 'other';

/** Which written advice fits this browser when it makes no install offer of its own. */
export function installHelp(): InstallHelp {
  // Just installed from this tab: the page is still a browser tab, but the app is on the device.
  if (installedNow || runsInstalled()) return 'installed';
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) return 'ios';
  if (/Firefox\//.test(ua)) return 'firefox';
  return 'other';
}

/** The browser's offer if it made one, otherwise the written advice (or 'installed'). */
export type InstallState = 'offer' | InstallHelp;

export function installState(): InstallState {
  return offer !== null ? 'offer' : installHelp();
}
