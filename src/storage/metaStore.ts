/**
 * Plaintext meta rows: the unlock back-off counter and the lock timing preferences. They must be
 * readable while locked. PRIVACY: they hold only counts, a timestamp of the next allowed attempt
 * and minute settings, nothing the person wrote.
 */
import { z } from '../lib/zod';

import { DEFAULT_LOCK_PREFS, type LockPrefs } from '../vault/vaultState';
import type { VaultDb } from './db';

export const GUARD_ID = 'guard';
export const LOCK_PREFS_ID = 'lock';

export type GuardState = { failures: number; retryAt: number; wipeAfter: number | null };
export const FRESH_GUARD: GuardState = { failures: 0, retryAt: 0, wipeAfter: null };

const guardSchema = z.object({
  failures: z.number().int().min(0),
  retryAt: z.number().min(0),
  wipeAfter: z.number().int().min(1).nullable(),
});

const lockPrefsSchema = z.object({
  autoLockMinutes: z.number().int().min(1).max(30),
  hiddenGraceSeconds: z.number().int().min(0).max(300),
});

export async function readGuard(db: VaultDb): Promise<GuardState> {
  const parsed = guardSchema.safeParse(await db.meta.get(GUARD_ID));
  return parsed.success ? parsed.data : FRESH_GUARD;
}

export async function writeGuard(db: VaultDb, guard: GuardState): Promise<void> {
  await db.meta.put({ id: GUARD_ID, ...guard });
}

export async function readLockPrefs(db: VaultDb): Promise<LockPrefs> {
  const parsed = lockPrefsSchema.safeParse(await db.meta.get(LOCK_PREFS_ID));
  return parsed.success ? parsed.data : DEFAULT_LOCK_PREFS;
}

export async function writeLockPrefs(db: VaultDb, prefs: LockPrefs): Promise<void> {
  await db.meta.put({ id: LOCK_PREFS_ID, ...lockPrefsSchema.parse(prefs) });
}

/**
 * Whether a recovery code was made but its owner has not yet confirmed writing it down (a lock or
 * a crash on the screen that shows it). PRIVACY: a boolean only; the code itself is never stored.
 */
export const RECOVERY_PENDING_ID = 'recovery-pending';

export async function readRecoveryPending(db: VaultDb): Promise<boolean> {
  const row = (await db.meta.get(RECOVERY_PENDING_ID)) as { pending?: unknown } | undefined;
  return row?.pending === true;
}

export async function writeRecoveryPending(db: VaultDb, pending: boolean): Promise<void> {
  if (pending) await db.meta.put({ id: RECOVERY_PENDING_ID, pending: true });
  else await db.meta.delete(RECOVERY_PENDING_ID);
}
