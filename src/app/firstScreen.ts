/**
 * Loads what the first screen needs before React's first render: the vault's status, then the
 * chunk and strings of the screen that status leads to (the lock screen, the first run, or the
 * public page asked for). A first render that suspends shows "Loading" and React then holds it
 * for 300 ms (TOOLCHAIN.md pitfall 13), which alone broke the 500 ms offline cold-start budget.
 * Bounded, so a slow disk or a hung probe never keeps the page blank.
 */
import { initVault } from '../storage/vaultActions';
import { getVaultStatus } from '../vault/vaultState';
import { isPublicPath, preloadScreenAt } from './screens';
import { preloadLockScreen } from './VaultGate';

const LIMIT_MS = 1500;

async function prepare(pathname: string, i18nReady: Promise<unknown>): Promise<void> {
  const vault = initVault(); // the IndexedDB probe runs while the strings load
  await i18nReady;
  if (isPublicPath(pathname)) {
    await Promise.all([preloadScreenAt(pathname), vault]);
    return;
  }
  await vault;
  const status = getVaultStatus();
  if (status === 'none') await preloadScreenAt('/welcome');
  else if (status === 'locked') await preloadLockScreen();
}

export function prepareFirstScreen(pathname: string, i18nReady: Promise<unknown>): Promise<void> {
  return Promise.race([prepare(pathname, i18nReady).catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, LIMIT_MS))]);
}
