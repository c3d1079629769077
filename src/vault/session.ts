/**
 * The vault session as the shell sees it: status, init, lock, delete everything. Statically
 * imported by the first screen, so it stays tiny: Dexie, hash-wasm and zxcvbn are reached only
 * through dynamic import().
 * PRIVACY: locking drops the only reference to the data key synchronously and tells every tab.
 */
import { onVaultMessage, postVaultMessage } from './lockChannel';
import {
  dropDataKey,
  getStatus,
  setStatus,
  subscribeStatus,
  type VaultStatus as Status,
} from './vaultState';

export type VaultStatus = Status;
export type LockReason = 'user' | 'idle' | 'hidden' | 'pagehide' | 'bfcache';

export function getVaultStatus(): VaultStatus {
  return getStatus();
}

export function subscribeVaultStatus(listener: () => void): () => void {
  return subscribeStatus(listener);
}

let channelInstalled = false;

function installChannel(): void {
  if (channelInstalled) return;
  channelInstalled = true;
  onVaultMessage((message) => {
    if (message.type === 'lock') {
      if (getStatus() === 'unlocked') dropDataKey('locked');
    } else if (message.type === 'created') {
      if (getStatus() === 'none') setStatus('locked');
    } else {
      void forgetAfterRemoteWipe();
    }
  });
}

async function forgetAfterRemoteWipe(): Promise<void> {
  dropDataKey('none');
  const { closeAfterRemoteWipe } = await import('../storage/wipe');
  closeAfterRemoteWipe();
}

/** Can this browser run WebAssembly under our CSP? (Lockdown Mode and some policies say no.) */
function webAssemblyWorks(): boolean {
  try {
    if (typeof WebAssembly !== 'object') return false;
    return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

/** Checks IndexedDB and WebAssembly, then whether a vault exists; sets the status. */
export async function initVault(): Promise<void> {
  installChannel();
  if (getStatus() === 'unlocked') return;
  if (!webAssemblyWorks()) {
    setStatus('unavailable', 'no-webassembly');
    return;
  }
  const { probeVault } = await import('../storage/probe');
  const found = await probeVault();
  if (getStatus() === 'unlocked') return;
  if (found === 'unavailable') setStatus('unavailable', 'no-indexeddb');
  else setStatus(found === 'exists' ? 'locked' : 'none');
}

/**
 * Drops the key now (synchronously), shows the lock screen and locks the other tabs. A tab that
 * was already locked and is only going away (`pagehide`) does not lock the others.
 */
export function lockVault(reason: LockReason = 'user'): void {
  const wasUnlocked = getStatus() === 'unlocked';
  if (wasUnlocked) dropDataKey('locked');
  if (wasUnlocked || reason === 'user') postVaultMessage({ type: 'lock' });
}

/**
 * Shreds the key slots first, then deletes every database, cache, service-worker registration and
 * web storage of the origin, in every tab; then reloads into a fresh first run.
 */
export async function deleteEverything(options: { reload?: boolean } = {}): Promise<void> {
  installChannel();
  dropDataKey(getStatus() === 'unavailable' ? 'unavailable' : 'checking');
  const { wipeEverything } = await import('../storage/wipe');
  await wipeEverything();
  setStatus('none');
  if (options.reload !== false && typeof location !== 'undefined') location.replace('/');
}

export { getUnavailableReason } from './vaultState';
