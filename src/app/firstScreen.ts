/**
 * Loads what the first screen needs before React's first render: the vault's status, then the
 * chunk and strings of the screen that status leads to (the lock screen, the first run, or the
 * public page asked for). A first render that suspends shows "Loading" and React then holds it
 * for 300 ms (TOOLCHAIN.md pitfall 13), which alone broke the 500 ms offline cold-start budget.
 * Bounded, so a slow disk or a hung probe never keeps the page blank.
 */
import { initVault } from '../storage/vaultActions';
import { getVaultStatus } from '../vault/vaultState';
import { isPrivatePath, isPublicPath, preloadScreenAt } from './screens';
import { preloadLockScreen } from './VaultGate';

const LIMIT_MS = 1500;

/** Whether the app's files come from the service worker's cache (every visit after the first). */
function servedFromCache(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

/**
 * Resolves with the address the first screen really is (first run, when there is no vault yet).
 * The screen's chunk is fetched as soon as the vault's status is known, while the strings may
 * still be on their way: each waits only for what it needs.
 */
async function prepare(pathname: string, i18nReady: Promise<unknown>): Promise<string | undefined> {
  // Opening the database to count its key slots can take 100-300 ms on a cold start; once the
  // database is known to exist, the lock screen (a few ms from the service worker's cache) need
  // not wait for that count.
  const lockScreenEarly = servedFromCache() && isPrivatePath(pathname) ? () => void preloadLockScreen().catch(() => undefined) : undefined;
  const vault = initVault(lockScreenEarly);
  if (isPublicPath(pathname)) {
    await Promise.all([preloadScreenAt(pathname), vault, i18nReady]);
    return undefined;
  }
  await vault;
  // An unknown address keeps its calm "not found" screen, vault or not.
  if (!isPrivatePath(pathname)) {
    await i18nReady;
    return undefined;
  }
  const status = getVaultStatus();
  if (status === 'none') {
    await Promise.all([preloadScreenAt('/welcome'), i18nReady]);
    return '/welcome';
  }
  await Promise.all([status === 'locked' ? preloadLockScreen() : undefined, i18nReady]);
  return undefined;
}

/**
 * Call before the router exists. Without a vault, a private address becomes /welcome here rather
 * than through a redirect after the first render, whose empty frame let the footer jump (a layout
 * shift Lighthouse counted at 0.16). If the limit passes first, the router's redirect still works.
 */
export async function prepareFirstScreen(pathname: string, i18nReady: Promise<unknown>): Promise<void> {
  const limit = new Promise<undefined>((resolve) => setTimeout(resolve, LIMIT_MS, undefined));
  const target = await Promise.race([prepare(pathname, i18nReady).catch(() => undefined), limit]);
  if (target && target !== location.pathname) history.replaceState(history.state, '', target);
}
