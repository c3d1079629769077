/**
 * Vault lifecycle on top of storage: create, unlock (passphrase or recovery code), change the
 * passphrase, regenerate the recovery code. Handles key slots and the back-off counter; derives
 * and unwraps keys only between IndexedDB transactions, never inside one.
 */
import { DEFAULT_ARGON2, type Argon2Params } from '../vault/kdfParams';
import { BackoffError, VaultError } from '../vault/errors';
import { parseSlot, type KeySlot, type PassphraseSlot, type RecoverySlot } from '../vault/keySlot';
import { createKeyring, openPassphraseSession, openPassphraseSlot, openRecoverySlot, sealPassphraseSlot, sealRecoverySlot, SLOW_DEVICE_MS, type OnStage } from '../vault/keyring';
import { postVaultMessage } from '../vault/lockChannel';
import { DEFAULT_LOCK_PREFS, getVaultStatus, holdSession, requireSession, setLockPrefs as rememberLockPrefs, type LockPrefs } from '../vault/vaultState';
import { openDb, type VaultDb } from './db';
import { toStorageError } from './errors';
import { loadLockPrefs, saveLockPrefsRecord } from './lockPrefsRecord';
import { FRESH_GUARD, readGuard, writeGuard, type GuardState } from './metaStore';
import { readRecoveryPending, writeRecoveryPending } from './metaStore';
import { loadPages, prefetchPages } from './pageStore';
import { ALL_TABLES, META_TABLE, SLOTS_TABLE } from './schemaNames';
import { afterFailure, afterSuccess, isWaiting, shouldWipe, WIPE_AFTER_CHOICES } from './unlockGuard';

/** The hard floor; the screens apply the full strength check before calling. */
export const MIN_PASSPHRASE_LENGTH = 12;

async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

function slotOf<K extends KeySlot['id']>(row: unknown, id: K): Extract<KeySlot, { id: K }> {
  if (row === undefined) throw new VaultError('no-vault');
  const slot = parseSlot(row);
  if (!slot || slot.id !== id) throw new VaultError('damaged-key-slot');
  return slot as Extract<KeySlot, { id: K }>;
}

/**
 * Moves any v1 records into pages and decrypts every page while the first screen mounts. A
 * failure here is not a failed unlock: each screen reports it when it reads its records.
 */
async function afterUnlock(db: VaultDb): Promise<void> {
  try {
    await loadPages();
    rememberLockPrefs(await loadLockPrefs(db));
  } catch {
    // The default lock timing stays in force; the screens report what cannot be read.
  }
}

async function readForUnlock(db: VaultDb, id: KeySlot['id']) {
  return inTransaction(() =>
    db.transaction('r', [SLOTS_TABLE, META_TABLE], async () => ({
      row: await db.slots.get(id),
      guard: await readGuard(db),
    })),
  );
}

/** Creates the data key and both slots; returns the recovery code to show once. */
export async function createVault(passphrase: string, onStage?: OnStage, params?: Argon2Params): Promise<{ recoveryCode: string }> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new VaultError('weak-passphrase');
  const db = await openDb();
  const keyring = await createKeyring(passphrase, onStage, params);
  await inTransaction(() =>
    db.transaction('rw', ALL_TABLES, async () => {
      if ((await db.slots.count()) > 0) throw new VaultError('vault-exists');
      // Leftovers of an interrupted wipe cannot be read without the old key: clear them.
      await Promise.all(ALL_TABLES.map((table) => db.table(table).clear()));
      await db.slots.bulkPut([keyring.passphraseSlot, keyring.recoverySlot]);
      await writeGuard(db, FRESH_GUARD);
      // Cleared when the person confirms the code; a lock or crash before that leaves a reminder.
      await writeRecoveryPending(db, true);
    }),
  );
  holdSession(keyring.session, DEFAULT_LOCK_PREFS);
  postVaultMessage({ type: 'created' });
  return { recoveryCode: keyring.recoveryCode };
}

async function noteFailure(db: VaultDb): Promise<void> {
  const guard = await inTransaction(() =>
    db.transaction('rw', META_TABLE, async () => {
      const next = afterFailure(await readGuard(db), Date.now());
      await writeGuard(db, next);
      return next;
    }),
  );
  if (shouldWipe(guard)) {
    // Drops the key first and reloads after, so no decrypted screen stays mounted after a wipe.
    const { wipeAfterFailures } = await import('./wipe');
    await wipeAfterFailures();
    throw new VaultError('wiped');
  }
}

async function noteSuccess(db: VaultDb, guard: GuardState): Promise<void> {
  if (guard.failures === 0) return;
  await inTransaction(() => db.transaction('rw', META_TABLE, async () => writeGuard(db, afterSuccess(await readGuard(db)))));
}

async function withFailureCount<T>(db: VaultDb, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof VaultError && (error.code === 'wrong-passphrase' || error.code === 'wrong-recovery-code')) await noteFailure(db);
    throw error;
  }
}

/**
 * Opens the database while the person types on the lock screen, so an unlock starts deriving the
 * key at once instead of first opening IndexedDB (50–150 ms on a phone). Never rejects: a failure
 * here shows up, with its message, in the unlock itself.
 */
export function openDbEarly(): void {
  openDb().catch(() => undefined);
}

export async function unlockWithPassphrase(passphrase: string, onStage?: OnStage): Promise<void> {
  const db = await openDb();
  prefetchPages();
  const { row, guard } = await readForUnlock(db, 'passphrase');
  if (isWaiting(guard, Date.now())) throw new BackoffError(guard.retryAt);
  const slot = slotOf(row, 'passphrase');
  const started = performance.now();
  const session = await withFailureCount(db, () => openPassphraseSession(slot, passphrase, onStage));
  const elapsed = performance.now() - started;
  await noteSuccess(db, guard);
  holdSession(session, DEFAULT_LOCK_PREFS);
  slotUpgrade = raiseSlowDeviceParams(db, slot, passphrase, elapsed).catch(() => undefined);
  await afterUnlock(db);
}

let slotUpgrade: Promise<void> = Promise.resolve();

/** For tests: the background raise of the KDF parameters started by the last unlock. */
export function slotUpgradeSettled(): Promise<void> {
  return slotUpgrade;
}

/**
 * A passphrase slot made with the slow-device fallback (set up on a slow or busy device) is made
 * again with the default parameters once this device is fast enough: when the default, estimated
 * from this unlock's time scaled by memory × passes, would take no more than the 3 s setup limit.
 * Runs after the unlock; the new slot replaces the old only if the slot is still the one opened
 * (another tab may have changed the passphrase meanwhile).
 */
async function raiseSlowDeviceParams(db: VaultDb, slot: PassphraseSlot, passphrase: string, elapsedMs: number): Promise<void> {
  const cost = (p: Argon2Params) => p.m * p.t;
  if (cost(slot.kdf) >= cost(DEFAULT_ARGON2)) return;
  if ((elapsedMs * cost(DEFAULT_ARGON2)) / cost(slot.kdf) > SLOW_DEVICE_MS) return;
  const dataKey = await openPassphraseSlot(slot, passphrase, true);
  const { slot: raised } = await sealPassphraseSlot(dataKey, passphrase, undefined, DEFAULT_ARGON2);
  requireSession();
  await inTransaction(() =>
    db.transaction('rw', SLOTS_TABLE, async () => {
      const current = parseSlot(await db.slots.get('passphrase'));
      if (current?.id === 'passphrase' && current.kdf.salt.every((byte, i) => byte === slot.kdf.salt[i])) await db.slots.put(raised);
    }),
  );
}

/**
 * For a forgotten passphrase: the recovery code opens the vault and a new passphrase replaces the
 * old one in the same step, so the person is not locked out again at the next lock.
 */
export async function unlockWithRecoveryCode(code: string, newPassphrase: string, onStage?: OnStage): Promise<void> {
  if ([...newPassphrase].length < MIN_PASSPHRASE_LENGTH) throw new VaultError('weak-passphrase');
  const db = await openDb();
  const { row, guard } = await readForUnlock(db, 'recovery');
  if (isWaiting(guard, Date.now())) throw new BackoffError(guard.retryAt);
  const slot: RecoverySlot = slotOf(row, 'recovery');
  const dataKey = await withFailureCount(db, () => openRecoverySlot(slot, code, true));
  const { slot: passphraseSlot, session } = await sealPassphraseSlot(dataKey, newPassphrase, onStage);
  await inTransaction(() =>
    db.transaction('rw', [SLOTS_TABLE, META_TABLE], async () => {
      await db.slots.put(passphraseSlot);
      await writeGuard(db, afterSuccess(await readGuard(db)));
    }),
  );
  holdSession(session, DEFAULT_LOCK_PREFS);
  await afterUnlock(db);
}

/**
 * Every passphrase check on an open screen (change, new recovery code, verify, wipe setting) goes
 * through the lock screen's back-off: it waits out `retryAt`, counts a failure, and resets the
 * count on success. The data key comes back extractable only where it must be re-wrapped.
 */
async function openCurrentSlot(db: VaultDb, passphrase: string, extractable: boolean, onStage?: OnStage): Promise<{ key: CryptoKey; params: Argon2Params; slot: PassphraseSlot }> {
  requireSession();
  const { row, guard } = await readForUnlock(db, 'passphrase');
  if (isWaiting(guard, Date.now())) throw new BackoffError(guard.retryAt);
  const slot: PassphraseSlot = slotOf(row, 'passphrase');
  const key = await withFailureCount(db, () => openPassphraseSlot(slot, passphrase, extractable, onStage));
  await noteSuccess(db, guard);
  return { key, params: { m: slot.kdf.m, t: slot.kdf.t, p: slot.kdf.p }, slot };
}

/**
 * Inside the write transaction: the slot is still the one this change started from. Two tabs
 * changing the passphrase or the recovery code at once would otherwise leave one of them showing
 * a passphrase or code that no longer works.
 */
async function assertSlotUnchanged(db: VaultDb, id: KeySlot['id'], startedFrom: KeySlot | undefined): Promise<void> {
  const now = parseSlot(await db.slots.get(id));
  const same = now !== undefined && startedFrom !== undefined && now.aead.iv.every((byte, i) => byte === startedFrom.aead.iv[i]);
  if (!same) throw new VaultError('changed-elsewhere');
}

/** Re-wraps the data key for a new passphrase: one slot row replaced atomically, no data re-encrypted. */
export async function changePassphrase(current: string, next: string, onStage?: OnStage): Promise<void> {
  if ([...next].length < MIN_PASSPHRASE_LENGTH) throw new VaultError('weak-passphrase');
  const db = await openDb();
  const { key: dataKey, params, slot: startedFrom } = await openCurrentSlot(db, current, true, onStage);
  // The new slot keeps the parameters this device was set up with (default or slow fallback).
  const { slot } = await sealPassphraseSlot(dataKey, next, onStage, params);
  requireSession();
  await inTransaction(() =>
    db.transaction('rw', SLOTS_TABLE, async () => {
      await assertSlotUnchanged(db, 'passphrase', startedFrom);
      await db.slots.put(slot);
    }),
  );
}

/** A new recovery code; the old one stops working in the same transaction. */
export async function regenerateRecoveryCode(currentPassphrase: string, onStage?: OnStage): Promise<string> {
  const db = await openDb();
  const startedFrom = parseSlot(await inTransaction(() => db.slots.get('recovery')));
  const { key: dataKey } = await openCurrentSlot(db, currentPassphrase, true, onStage);
  const { slot, code } = await sealRecoverySlot(dataKey);
  requireSession();
  await inTransaction(() =>
    db.transaction('rw', [SLOTS_TABLE, META_TABLE], async () => {
      await assertSlotUnchanged(db, 'recovery', startedFrom);
      await db.slots.put(slot);
      await writeRecoveryPending(db, true);
    }),
  );
  return code;
}

/** The person confirmed that the recovery code just shown is written down. */
export async function confirmRecoveryCode(): Promise<void> {
  requireSession();
  const db = await openDb();
  await inTransaction(() => db.transaction('rw', META_TABLE, () => writeRecoveryPending(db, false)));
}

/** True when the last recovery code shown was never confirmed (the screen locked or crashed first). */
export async function isRecoveryCodePending(): Promise<boolean> {
  const db = await openDb();
  return inTransaction(() => readRecoveryPending(db));
}

/** Re-authentication before a destructive step (delete everything). Unwraps a non-extractable key only. */
export async function verifyPassphrase(passphrase: string, onStage?: OnStage): Promise<void> {
  const db = await openDb();
  await openCurrentSlot(db, passphrase, false, onStage);
}

export async function getUnlockGuard(): Promise<GuardState> {
  const db = await openDb();
  return inTransaction(() => readGuard(db));
}

/**
 * Opt-in wipe after N failed unlocks (null = never, the default). Needs the passphrase, so a moment
 * at an open screen is not enough to arm a wipe that a few wrong guesses would then trigger.
 */
export async function setWipeAfter(wipeAfter: number | null, passphrase: string, onStage?: OnStage): Promise<void> {
  requireSession();
  if (wipeAfter !== null && !(WIPE_AFTER_CHOICES as readonly number[]).includes(wipeAfter)) throw new RangeError('wipeAfter');
  const db = await openDb();
  await openCurrentSlot(db, passphrase, false, onStage);
  await inTransaction(() => db.transaction('rw', META_TABLE, async () => writeGuard(db, { ...(await readGuard(db)), wipeAfter })));
}

export async function saveLockPrefs(prefs: LockPrefs): Promise<void> {
  requireSession();
  const db = await openDb();
  await saveLockPrefsRecord(prefs);
  if (getVaultStatus() === 'unlocked') rememberLockPrefs(prefs);
}
