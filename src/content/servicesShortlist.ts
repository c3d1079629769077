/**
 * A finder shortlist that the person chose to save into their plan. It lives only in the vault
 * (collection `shortlists`, encrypted). PRIVACY: it keeps the service ids and the country, not the
 * answers that produced them; the plan shows the services by looking the ids up in services.json.
 */
import { z } from '../lib/zod';
import { countryCode } from './servicesSchema';

export const shortlistRecordSchema = z.strictObject({
  v: z.literal(1),
  /** The day it was saved (no time of day). */
  savedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  country: countryCode,
  serviceIds: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/)).min(1).max(20),
});
export type ShortlistRecord = z.infer<typeof shortlistRecordSchema>;
