/**
 * When the last backup was made, and whether to remind. Kept apart from backupPages.ts so home
 * and settings can ask without loading the backup file code (fflate, the envelope): this module
 * reads only the vault's own pages.
 * PRIVACY: the "last backup" note is a record in the encrypted pages, never in clear, and it
 * belongs to this device: it is never written into a backup (DEVICE_ONLY_COLLECTIONS).
 */
import { z } from '../lib/zod';
import { DEVICE_ONLY_COLLECTIONS, type BackupPage } from '../vault/backupPayload';
import { snapshotPages } from './pageStore';
import { defineRecords } from './records';

const BACKUP_STATE = 'backup-state';
/** New entries since the last backup that make the reminder appear before the 7 days are up. */
export const NUDGE_AFTER_ENTRIES = 30;
export const NUDGE_AFTER_DAYS = 7;

const backupStateSchema = z.strictObject({ id: z.literal('last'), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), entries: z.number().int().min(0) });
const backupState = defineRecords({ collection: BACKUP_STATE, schema: backupStateSchema, idOf: (s) => s.id, spanOf: () => '' });

/** The local day as `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Records a backup would hold (this device's own collections left out). */
export const countEntries = (pages: readonly BackupPage[]) => pages.reduce((n, page) => (DEVICE_ONLY_COLLECTIONS.includes(page.c) ? n : n + Object.keys(page.r).length), 0);

/** Remembers (inside the vault) that a backup of `entries` entries was saved today. */
export async function noteBackupSaved(entries: number): Promise<void> {
  await backupState.save({ id: 'last', on: today(), entries });
}

export type BackupStatus = { lastOn: string | undefined; entries: number; nudge: 'never' | 'old' | 'many' | undefined };

/** When the last backup was made and whether to remind: never made, 7 days old, or many new entries. */
export async function backupStatus(now = new Date()): Promise<BackupStatus> {
  const last = (await backupState.load()).get('last');
  const entries = countEntries(await snapshotPages());
  if (!last) return { lastOn: undefined, entries, nudge: 'never' };
  const days = (Date.parse(today(now)) - Date.parse(last.on)) / 86_400_000;
  const nudge = days >= NUDGE_AFTER_DAYS ? 'old' : entries - last.entries >= NUDGE_AFTER_ENTRIES ? 'many' : undefined;
  return { lastOn: last.on, entries, nudge };
}
