/**
 * The daily check-in: one record per calendar day, every item optional. Stored encrypted in the
 * `tracker-checkins` collection, one page per month. A later edit of the same day replaces it.
 * PRIVACY: own trigger tags and the coping note are the person's text; they stay in the vault.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { isRealDay } from '../model/dates';

export const CHECKIN_VERSION = 1;

export const USE_ANSWERS = ['no', 'yes', 'skip'] as const;
export const URGE_COUNTS = ['0', '1', '2-3', '4+'] as const;
export const TRIGGER_TAGS = ['stress', 'alone', 'tired', 'bored', 'night', 'alcohol', 'online', 'conflict'] as const;
export const COPING_TAGS = ['urge-surf', 'walk', 'talk', 'breathing', 'leave-device', 'distraction', 'coping-card'] as const;

const score = z.number().int().min(0).max(10).nullable();
const ownTag = z.string().trim().min(1).max(40);

export const checkinSchema = z.strictObject({
  kind: z.literal('tracker-checkin'),
  v: z.literal(CHECKIN_VERSION),
  date: z.string().refine(isRealDay, 'date'),
  used: z.enum(USE_ANSWERS).nullable(),
  urge: score,
  urgeCount: z.enum(URGE_COUNTS).nullable(),
  mood: score,
  stress: score,
  lonely: score,
  triggers: z.array(z.enum(TRIGGER_TAGS)).max(TRIGGER_TAGS.length),
  ownTriggers: z.array(ownTag).max(12),
  coping: z.array(z.enum(COPING_TAGS)).max(COPING_TAGS.length),
  copingNote: z.string().max(200),
  copingHelp: score,
});
export type Checkin = z.infer<typeof checkinSchema>;

export function emptyCheckin(date: string): Checkin {
  return { kind: 'tracker-checkin', v: CHECKIN_VERSION, date, used: null, urge: null, urgeCount: null, mood: null, stress: null, lonely: null, triggers: [], ownTriggers: [], coping: [], copingNote: '', copingHelp: null };
}

/** True when nothing has been answered yet (such a check-in is not stored). */
export function isEmptyCheckin(c: Checkin): boolean {
  return (
    c.used === null && c.urge === null && c.urgeCount === null && c.mood === null && c.stress === null && c.lonely === null &&
    c.triggers.length === 0 && c.ownTriggers.length === 0 && c.coping.length === 0 && c.copingNote.trim() === '' && c.copingHelp === null
  );
}

export const checkinStore = defineRecords({
  collection: 'tracker-checkins',
  schema: checkinSchema,
  idOf: (c) => c.date,
  spanOf: (c) => c.date.slice(0, 7),
});
