/**
 * The in-memory session and the one public surface for its status: vault status, the unlocked
 * session keys, the lock preferences, and locking. Tiny and free of heavy imports because the
 * first screen loads it.
 * PRIVACY: the keys live only here, only as non-extractable CryptoKeys, and only while unlocked;
 * they are never written anywhere. Locking drops them synchronously and tells every tab.
 */
import { LockedError } from './errors';
import { postVaultMessage } from './lockChannel';
// Type only: the key flows (and zod, through the slot schemas) stay out of the first screen.
import type { SessionKeys } from './sessionKeys';

export type VaultStatus = 'checking' | 'unavailable' | 'none' | 'locked' | 'unlocked';
export type UnavailableReason = 'no-indexeddb' | 'no-webassembly';

export type LockPrefs = {
  /** Minutes of inactivity before the vault locks. */
  autoLockMinutes: number;
  /** Seconds the page may stay hidden before the vault locks (0 = at once). */
  hiddenGraceSeconds: number;
};

export const AUTO_LOCK_CHOICES = [1, 2, 5, 15, 30] as const;
export const HIDDEN_GRACE_CHOICES = [0, 30, 60] as const;
export const DEFAULT_LOCK_PREFS: LockPrefs = { autoLockMinutes: 5, hiddenGraceSeconds: 30 };

let status: VaultStatus = 'checking';
let unavailableReason: UnavailableReason | undefined;
let session: SessionKeys | null = null;
/** Bumped on every unlock and lock, so work started under one key can tell the key has gone. */
let epoch = 0;
let lockPrefs: LockPrefs = DEFAULT_LOCK_PREFS;
const statusListeners = new Set<() => void>();
const lockListeners = new Set<() => void>();

export function getVaultStatus(): VaultStatus {
  return status;
}

export function getUnavailableReason(): UnavailableReason | undefined {
  return unavailableReason;
}

export function subscribeVaultStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

export function setStatus(next: VaultStatus, reason?: UnavailableReason): void {
  unavailableReason = next === 'unavailable' ? reason : undefined;
  if (next === status) return;
  status = next;
  for (const listener of [...statusListeners]) listener();
}

/** Called when a key slot opened: from now on records can be read and written. */
export function holdSession(keys: SessionKeys, prefs: LockPrefs = lockPrefs): void {
  if (keys.legacy.extractable || keys.page.extractable || keys.pageId.extractable) throw new TypeError('session keys must be non-extractable');
  session = keys;
  lockPrefs = prefs;
  epoch += 1;
  setStatus('unlocked');
}

/** Drops the key synchronously and tells listeners to forget decrypted state. */
export function dropDataKey(nextStatus: VaultStatus = 'locked'): void {
  const hadKey = session !== null;
  session = null;
  epoch += 1;
  if (hadKey) for (const listener of [...lockListeners]) listener();
  setStatus(nextStatus);
}

/** Registers a function that clears decrypted caches when the key is dropped. */
export function onKeyDropped(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export function requireSession(): { keys: SessionKeys; epoch: number } {
  if (!session) throw new LockedError();
  return { keys: session, epoch };
}

/** Throws Locked when the key that started a piece of work is no longer the one held. */
export function assertEpoch(started: number): void {
  if (started !== epoch || !session) throw new LockedError();
}

export function getLockPrefs(): LockPrefs {
  return lockPrefs;
}

export function setLockPrefs(prefs: LockPrefs): void {
  lockPrefs = prefs;
  for (const listener of [...statusListeners]) listener();
}

export type LockReason = 'user' | 'idle' | 'hidden' | 'pagehide' | 'bfcache';

/**
 * Drops the keys now (synchronously), shows the lock screen and locks the other tabs. A tab that
 * was already locked and is only going away (`pagehide`) does not lock the others.
 */
export function lockVault(reason: LockReason = 'user'): void {
  const wasUnlocked = status === 'unlocked';
  if (wasUnlocked) dropDataKey('locked');
  if (wasUnlocked || reason === 'user') postVaultMessage({ type: 'lock' });
}
