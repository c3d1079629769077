/**
 * The weekly review: one per ISO week (a later edit replaces it), stored encrypted in the
 * `tracker-weekly` collection, one page per year. `endsOn` is the last of the seven days it looks
 * back on.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { isRealDay } from '../model/dates';

export const WEEKLY_VERSION = 1;
export const TIME_BANDS = ['0', 'under-1h', '1-3h', '3-7h', 'over-7h'] as const;
export type TimeBand = (typeof TIME_BANDS)[number];

export const weeklySchema = z.strictObject({
  kind: z.literal('tracker-weekly'),
  v: z.literal(WEEKLY_VERSION),
  week: z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/),
  endsOn: z.string().refine(isRealDay, 'date'),
  useDays: z.number().int().min(0).max(7).nullable(),
  timeBand: z.enum(TIME_BANDS).nullable(),
  confidence: z.number().int().min(0).max(10).nullable(),
  reflection: z.string().max(2000),
});
export type WeeklyReview = z.infer<typeof weeklySchema>;

export const weeklyStore = defineRecords({
  collection: 'tracker-weekly',
  schema: weeklySchema,
  idOf: (w) => w.week,
  spanOf: (w) => w.week.slice(0, 4),
});
