/**
 * The person's auto-lock preferences, kept inside the encrypted pages: someone who can write the
 * browser profile cannot lengthen the time-outs, and only the offered choices are accepted. What
 * must be read while locked (back-off, wipe-after) stays in the plaintext meta table. Versions
 * before this one kept the preferences there in clear; the first unlock moves them in.
 */
import { z } from '../lib/zod';
import { AUTO_LOCK_CHOICES, DEFAULT_LOCK_PREFS, HIDDEN_GRACE_CHOICES, type LockPrefs } from '../vault/vaultState';
import type { VaultDb } from './db';
import { takeLegacyLockPrefs } from './metaStore';
import { defineRecords } from './records';

const oneOf = <T extends number>(choices: readonly T[]) => z.number().refine((value): value is T => (choices as readonly number[]).includes(value));

const lockPrefsSchema = z.strictObject({
  kind: z.literal('lock-prefs'),
  v: z.literal(1),
  autoLockMinutes: oneOf(AUTO_LOCK_CHOICES),
  hiddenGraceSeconds: oneOf(HIDDEN_GRACE_CHOICES),
});

const lockPrefsStore = defineRecords({ collection: 'vault-settings', schema: lockPrefsSchema, idOf: () => 'lock', spanOf: () => '' });

/** Rejects values that are not among the offered choices (the schema checks before anything is written). */
export function saveLockPrefsRecord(prefs: LockPrefs): Promise<void> {
  return lockPrefsStore.save({ kind: 'lock-prefs', v: 1, ...prefs } as z.infer<typeof lockPrefsSchema>);
}

/** The stored preferences (moving a v1 plaintext row in, if one is left), or the defaults. */
export async function loadLockPrefs(db: VaultDb): Promise<LockPrefs> {
  const stored = (await lockPrefsStore.load()).get('lock');
  const legacy = await takeLegacyLockPrefs(db);
  if (stored) return { autoLockMinutes: stored.autoLockMinutes, hiddenGraceSeconds: stored.hiddenGraceSeconds };
  const parsed = legacy && lockPrefsSchema.safeParse({ kind: 'lock-prefs', v: 1, autoLockMinutes: legacy.autoLockMinutes, hiddenGraceSeconds: legacy.hiddenGraceSeconds });
  if (!parsed?.success) return DEFAULT_LOCK_PREFS;
  await saveLockPrefsRecord(parsed.data);
  return { autoLockMinutes: parsed.data.autoLockMinutes, hiddenGraceSeconds: parsed.data.hiddenGraceSeconds };
}
