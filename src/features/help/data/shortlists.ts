/**
 * A finder shortlist that the person chose to save into their plan: the one stored record type of
 * the help area, kept encrypted in the vault (`help-shortlists` page). PRIVACY: it keeps the
 * service ids and the country, not the answers that produced them; a plan shows the services by
 * looking the ids up in the directory. Version history: v1 gained `kind` and `id` (the first
 * shortlists carried neither; their page key becomes their id).
 */
import { z } from '../../../lib/zod';
import { countryCode } from '../../../content/servicesSchema';
import { defineRecords } from '../../../storage/records';
import { randomId } from '../../../vault/random';

export const SHORTLIST_VERSION = 1;

export const shortlistRecordSchema = z.strictObject({
  kind: z.literal('help-shortlist'),
  v: z.literal(SHORTLIST_VERSION),
  id: z.string().min(1).max(64),
  /** The day it was saved (no time of day). */
  savedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  country: countryCode,
  serviceIds: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/)).min(1).max(20),
});
export type ShortlistRecord = z.infer<typeof shortlistRecordSchema>;

/** Pure: a shortlist from before v1 (`{ v: 1, savedOn, country, serviceIds }`) in today's shape. */
export function upgradeShortlist(stored: unknown, id: string): unknown {
  if (typeof stored !== 'object' || stored === null || 'kind' in stored) return stored;
  return { ...stored, kind: 'help-shortlist', v: SHORTLIST_VERSION, id };
}

export const shortlistStore = defineRecords({
  collection: 'help-shortlists',
  schema: shortlistRecordSchema,
  idOf: (record) => record.id,
  spanOf: () => '',
  upgrade: upgradeShortlist,
});

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Saves a new shortlist of at most 20 services for the country. */
export function saveShortlist(country: string, serviceIds: readonly string[]): Promise<void> {
  return shortlistStore.save({ kind: 'help-shortlist', v: SHORTLIST_VERSION, id: randomId(), savedOn: today(), country, serviceIds: serviceIds.slice(0, 20) });
}
