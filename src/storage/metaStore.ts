/**
 * Plaintext meta rows that must be readable while locked: the unlock back-off counter and whether
 * a recovery code still waits for its owner's confirmation.
 * PRIVACY: it holds only counts, a timestamp of the next allowed attempt and the wipe-after choice,
 * nothing the person wrote. (Lock timing lived here before it moved into the vault.)
 */
import { z } from '../lib/zod';

import type { VaultDb } from './db';
import { META_TABLE } from './schemaNames';

export const GUARD_ID = 'guard';
const LEGACY_LOCK_PREFS_ID = 'lock';

export type GuardState = { failures: number; retryAt: number; wipeAfter: number | null };
export const FRESH_GUARD: GuardState = { failures: 0, retryAt: 0, wipeAfter: null };

const guardSchema = z.object({
  failures: z.number().int().min(0),
  retryAt: z.number().min(0),
  wipeAfter: z.number().int().min(1).nullable(),
});

export async function readGuard(db: VaultDb): Promise<GuardState> {
  const parsed = guardSchema.safeParse(await db.meta.get(GUARD_ID));
  return parsed.success ? parsed.data : FRESH_GUARD;
}

export async function writeGuard(db: VaultDb, guard: GuardState): Promise<void> {
  await db.meta.put({ id: GUARD_ID, ...guard });
}

/** Reads and deletes the plaintext lock preferences older versions kept (unvalidated: the caller checks). */
export async function takeLegacyLockPrefs(db: VaultDb): Promise<Record<string, unknown> | undefined> {
  return db.transaction('rw', META_TABLE, async () => {
    const row = await db.meta.get(LEGACY_LOCK_PREFS_ID);
    if (row) await db.meta.delete(LEGACY_LOCK_PREFS_ID);
    return row;
  });
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
