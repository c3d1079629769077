/**
 * Read-only projections of the tracker's weekly reviews and daily check-ins: only the numbers
 * the export needs (days with use per ISO week, the strongest urge of each day). The schemas
 * are deliberately loose objects, so zod drops every other field (reflections, notes, own tags):
 * no text of the person's ever reaches this feature's memory, let alone src/research.
 * Nothing is ever written through these stores (the tracker owns its records).
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { isoWeekOf } from '../../../research/isoWeek';
import type { WeekTruth } from '../../../research/buildExport';

const weeklyNumbers = z.object({
  kind: z.literal('tracker-weekly'),
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  useDays: z.number().int().min(0).max(7).nullable(),
});

const checkinNumbers = z.object({
  kind: z.literal('tracker-checkin'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  urge: z.number().int().min(0).max(10).nullable(),
});

const weeklyView = defineRecords({ collection: 'tracker-weekly', schema: weeklyNumbers, idOf: (w) => w.week, spanOf: (w) => w.week.slice(0, 4) });
const checkinView = defineRecords({ collection: 'tracker-checkins', schema: checkinNumbers, idOf: (c) => c.date, spanOf: (c) => c.date.slice(0, 7) });

function weekOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoWeekOf(new Date(y, m - 1, d));
}

/** Per ISO week: days with use (from the weekly review) and the strongest urge (from check-ins). */
export async function loadWeekTruths(): Promise<WeekTruth[]> {
  const [weekly, checkins] = await Promise.all([weeklyView.load(), checkinView.load()]);
  const byWeek = new Map<string, WeekTruth>();
  const entry = (week: string) => {
    let w = byWeek.get(week);
    if (!w) byWeek.set(week, (w = { week, useDays: null, strongestUrge: null }));
    return w;
  };
  for (const w of weekly.values()) if (w.useDays !== null) entry(w.week).useDays = w.useDays;
  for (const c of checkins.values()) {
    if (c.urge === null) continue;
    const w = entry(weekOfDay(c.date));
    w.strongestUrge = Math.max(w.strongestUrge ?? 0, c.urge);
  }
  return [...byWeek.values()];
}
