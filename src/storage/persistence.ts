/**
 * Storage durability: asks the browser to keep this origin's data (navigator.storage.persist),
 * reads usage and quota, and spots an iPhone/iPad Safari tab outside the installed app, where
 * WebKit may delete all site data after 7 days without a visit. No user data involved.
 */

export type PersistResult = 'granted' | 'denied' | 'unsupported';
export type StorageStatus = { persisted: PersistResult; usage?: number; quota?: number };

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function' ? navigator.storage : undefined;
}

export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = storageManager();
  if (!storage) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persisted: 'unsupported' };
  try {
    const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate ? storage.estimate() : Promise.resolve({} as StorageEstimate)]);
    return { persisted: persisted ? 'granted' : 'denied', usage: estimate.usage, quota: estimate.quota };
  } catch {
    return { persisted: 'denied' };
  }
}

type Platform = { userAgent: string; maxTouchPoints: number; standalone?: boolean };

/** True on iOS/iPadOS when Polku runs in a browser tab rather than from the Home Screen. */
export function isIosBrowserTab(
  platform: Platform = typeof navigator === 'undefined' ? { userAgent: '', maxTouchPoints: 0 } : (navigator as Navigator & { standalone?: boolean }),
  standaloneDisplay: boolean = typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches,
): boolean {
  const ios = /iPad|iPhone|iPod/.test(platform.userAgent) || (/Macintosh/.test(platform.userAgent) && platform.maxTouchPoints > 1);
  return ios && !standaloneDisplay && platform.standalone !== true;
}
