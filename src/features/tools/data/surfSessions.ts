/**
 * Urge-surf sessions: one record per session, in a page per month. PRIVACY: only the day, the
 * length chosen, the two 0–10 ratings and whether the timer ran to the end; no time of day.
 * Version history: v1 is the first shape.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { randomId } from '../../../vault/random';

export const SURF_VERSION = 1;
export const SURF_MINUTES = [5, 15] as const;

/** 2026-02-29 and 2026-04-31 match the pattern but are no days. */
function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const rating = z.number().int().min(0).max(10).nullable();

export const surfSessionSchema = z.strictObject({
  kind: z.literal('urge-surf'),
  v: z.literal(SURF_VERSION),
  id: z.string().min(1).max(64),
  /** The local day it started (YYYY-MM-DD). */
  day: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .refine(isRealDay, 'not a day of the calendar'),
  minutes: z.union([z.literal(5), z.literal(15)]),
  before: rating,
  after: rating,
  completed: z.boolean(),
});
export type SurfSession = z.infer<typeof surfSessionSchema>;

export const surfStore = defineRecords({
  collection: 'tools-surf',
  schema: surfSessionSchema,
  idOf: (record) => record.id,
  spanOf: (record) => record.day.slice(0, 7),
});

export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newSession(minutes: 5 | 15, before: number | null, now: Date = new Date()): SurfSession {
  return { kind: 'urge-surf', v: SURF_VERSION, id: randomId(), day: localDay(now), minutes, before, after: null, completed: false };
}

/** The newest sessions first (by day; the same day keeps no order, as no time is stored). */
export function recentSessions(all: ReadonlyMap<string, SurfSession>, count: number): SurfSession[] {
  return [...all.values()].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)).slice(0, count);
}
