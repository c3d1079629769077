/**
 * The in-memory session: vault status, the unlocked data key and the lock preferences. Tiny and
 * free of heavy imports because the first screen loads it.
 * PRIVACY: the data key lives only here, only as a non-extractable CryptoKey, and only while
 * unlocked; it is never written anywhere.
 */
import { LockedError } from './errors';

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
let dataKey: CryptoKey | null = null;
/** Bumped on every unlock and lock, so work started under one key can tell the key has gone. */
let epoch = 0;
let lockPrefs: LockPrefs = DEFAULT_LOCK_PREFS;
const statusListeners = new Set<() => void>();
const lockListeners = new Set<() => void>();

export function getStatus(): VaultStatus {
  return status;
}

export function getUnavailableReason(): UnavailableReason | undefined {
  return unavailableReason;
}

export function subscribeStatus(listener: () => void): () => void {
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
export function holdDataKey(key: CryptoKey, prefs: LockPrefs = lockPrefs): void {
  if (key.extractable) throw new TypeError('session key must be non-extractable');
  dataKey = key;
  lockPrefs = prefs;
  epoch += 1;
  setStatus('unlocked');
}

/** Drops the key synchronously and tells listeners to forget decrypted state. */
export function dropDataKey(nextStatus: VaultStatus = 'locked'): void {
  const hadKey = dataKey !== null;
  dataKey = null;
  epoch += 1;
  if (hadKey) for (const listener of [...lockListeners]) listener();
  setStatus(nextStatus);
}

/** Registers a function that clears decrypted caches when the key is dropped. */
export function onKeyDropped(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export function requireDataKey(): { key: CryptoKey; epoch: number } {
  if (!dataKey) throw new LockedError();
  return { key: dataKey, epoch };
}

export function currentEpoch(): number {
  return epoch;
}

/** Throws Locked when the key that started a piece of work is no longer the one held. */
export function assertEpoch(started: number): void {
  if (started !== epoch || !dataKey) throw new LockedError();
}

export function getLockPrefs(): LockPrefs {
  return lockPrefs;
}

export function setLockPrefs(prefs: LockPrefs): void {
  lockPrefs = prefs;
  for (const listener of [...statusListeners]) listener();
}
