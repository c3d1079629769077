/**
 * The one front door for vault actions. The shell and every feature import it statically; it is
 * tiny, and each action loads the heavy part (Dexie, Argon2id, the key flows) on first use, so the
 * first screen stays small. Status and locking live in `vault/vaultState.ts`.
 */
import { onVaultMessage } from '../vault/lockChannel';
import { dropDataKey, getVaultStatus, setStatus } from '../vault/vaultState';
import { probeVault, takeEarlyListing } from './probe';
import type * as VaultKeys from './vaultKeys';

const loadKeys = () => import('./vaultKeys');

/** Starts loading the key flows early (the lock screen does this while the person types). */
export function preloadVaultActions(): void {
  loadKeys().then((keys) => keys.openDbEarly(), () => undefined);
}

type AsyncActions = { [K in keyof typeof VaultKeys]: (typeof VaultKeys)[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof typeof VaultKeys];

function lazy<K extends AsyncActions>(name: K): (typeof VaultKeys)[K] {
  const call = async (...args: unknown[]) => {
    const action = (await loadKeys())[name] as (...a: unknown[]) => Promise<unknown>;
    return action(...args);
  };
  return call as (typeof VaultKeys)[K];
}

export const createVault = lazy('createVault');
export const unlockWithPassphrase = lazy('unlockWithPassphrase');
export const unlockWithRecoveryCode = lazy('unlockWithRecoveryCode');
export const changePassphrase = lazy('changePassphrase');
export const regenerateRecoveryCode = lazy('regenerateRecoveryCode');
export const verifyPassphrase = lazy('verifyPassphrase');
export const getUnlockGuard = lazy('getUnlockGuard');
export const setWipeAfter = lazy('setWipeAfter');
export const saveLockPrefs = lazy('saveLockPrefs');
export const confirmRecoveryCode = lazy('confirmRecoveryCode');
export const isRecoveryCodePending = lazy('isRecoveryCodePending');

let channelInstalled = false;

function installChannel(): void {
  if (channelInstalled) return;
  channelInstalled = true;
  onVaultMessage((message) => {
    if (message.type === 'lock') {
      if (getVaultStatus() === 'unlocked') dropDataKey('locked');
    } else if (message.type === 'created') {
      if (getVaultStatus() === 'none') setStatus('locked');
    } else {
      void forgetAfterRemoteWipe();
    }
  });
}

async function forgetAfterRemoteWipe(): Promise<void> {
  dropDataKey('none');
  const { closeAfterRemoteWipe } = await import('./wipe');
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

/**
 * Checks IndexedDB and WebAssembly, then whether a vault exists; sets the status. `onMaybeVault`
 * runs as soon as a vault looks likely, before the (slower) check of its key slots.
 */
export async function initVault(onMaybeVault?: () => void): Promise<void> {
  // Taken even when unused below, so no later probe (a wipe's) reads a stale answer.
  const earlyListing = takeEarlyListing();
  installChannel();
  if (getVaultStatus() === 'unlocked') return;
  if (!webAssemblyWorks()) {
    setStatus('unavailable', 'no-webassembly');
    return;
  }
  const found = await probeVault(globalThis.indexedDB, onMaybeVault, earlyListing);
  if (getVaultStatus() === 'unlocked') return;
  if (found === 'unavailable') setStatus('unavailable', 'no-indexeddb');
  else setStatus(found === 'exists' ? 'locked' : 'none');
}

/**
 * Shreds the key slots first, then deletes every database, cache, service-worker registration and
 * web storage of the origin, in every tab; then reloads into a fresh first run.
 */
export async function deleteEverything(options: { reload?: boolean } = {}): Promise<void> {
  installChannel();
  dropDataKey(getVaultStatus() === 'unavailable' ? 'unavailable' : 'checking');
  const { wipeEverything } = await import('./wipe');
  await wipeEverything();
  setStatus('none');
  if (options.reload !== false && typeof location !== 'undefined') location.replace('/');
}
