/**
 * Weekly figures from daily check-ins: the review's prefill, the weekly counts and the charts'
 * series. Pure; check-ins come in as a map by date.
 */
import type { Checkin } from '../data/checkinRecord';
import { WEEKLY_VERSION, type WeeklyReview } from '../data/weeklyRecord';
import { addDays, daysBetween, isoWeekKey, weekStart } from './dates';

export type WeekPrefill = {
  /** Days with use reported in the seven days ending `endsOn`, or null when none said yes or no. */
  useDays: number | null;
  /** How many of the seven days have an answer to the use question. */
  answeredDays: number;
};

export function lastSevenDays(endsOn: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(endsOn, i - 6));
}

export function prefillWeek(checkins: ReadonlyMap<string, Checkin>, endsOn: string): WeekPrefill {
  let yes = 0;
  let answered = 0;
  for (const day of lastSevenDays(endsOn)) {
    const used = checkins.get(day)?.used;
    if (used === 'yes') yes += 1;
    if (used === 'yes' || used === 'no') answered += 1;
  }
  return { useDays: answered > 0 ? yes : null, answeredDays: answered };
}

/** A new review for the week that ends today, prefilled where the check-ins allow. */
export function newWeeklyReview(checkins: ReadonlyMap<string, Checkin>, today: string): WeeklyReview {
  const { useDays } = prefillWeek(checkins, today);
  return { kind: 'tracker-weekly', v: WEEKLY_VERSION, week: isoWeekKey(today), endsOn: today, useDays, timeBand: useDays === 0 ? '0' : null, confidence: null, reflection: '' };
}

export type WeekSummary = {
  /** Monday of the week. */
  start: string;
  checkins: number;
  useDays: number;
  urgeMean: number | null;
  moodMean: number | null;
};

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** One row per calendar week from the first check-in's week to today's, oldest first. */
export function weeklySummaries(checkins: ReadonlyMap<string, Checkin>, today: string): WeekSummary[] {
  if (checkins.size === 0) return [];
  let first = today;
  for (const date of checkins.keys()) if (date < first) first = date;
  const weeks: WeekSummary[] = [];
  for (let start = weekStart(first); start <= today; start = addDays(start, 7)) {
    const urges: number[] = [];
    const moods: number[] = [];
    let count = 0;
    let useDays = 0;
    for (let i = 0; i < 7; i += 1) {
      const c = checkins.get(addDays(start, i));
      if (!c) continue;
      count += 1;
      if (c.used === 'yes') useDays += 1;
      if (c.urge !== null) urges.push(c.urge);
      if (c.mood !== null) moods.push(c.mood);
    }
    weeks.push({ start, checkins: count, useDays, urgeMean: mean(urges), moodMean: mean(moods) });
  }
  return weeks;
}

/** The first weeks with check-ins form the baseline the charts compare against. */
export const BASELINE_WEEKS = 2;

export function baseline(weeks: readonly WeekSummary[]): { urge: number | null; mood: number | null } {
  const firstWeeks = weeks.filter((w) => w.checkins > 0).slice(0, BASELINE_WEEKS);
  return {
    urge: mean(firstWeeks.flatMap((w) => (w.urgeMean === null ? [] : [w.urgeMean]))),
    mood: mean(firstWeeks.flatMap((w) => (w.moodMean === null ? [] : [w.moodMean]))),
  };
}

export type UseSummary = {
  /** Latest day with use reported, if any. */
  lastUse: string | undefined;
  daysSinceLastUse: number | undefined;
  /** A use reported in the last seven days: the screen offers the after-a-lapse review. */
  recentLapse: boolean;
  thisWeek: { checkins: number; useDays: number };
};

export function summariseUse(checkins: ReadonlyMap<string, Checkin>, today: string): UseSummary {
  let lastUse: string | undefined;
  for (const c of checkins.values()) if (c.used === 'yes' && c.date <= today && (!lastUse || c.date > lastUse)) lastUse = c.date;
  const days = lastSevenDays(today);
  let count = 0;
  let useDays = 0;
  for (const d of days) {
    const c = checkins.get(d);
    if (!c) continue;
    count += 1;
    if (c.used === 'yes') useDays += 1;
  }
  const since = lastUse === undefined ? undefined : daysBetween(lastUse, today);
  return { lastUse, daysSinceLastUse: since, recentLapse: since !== undefined && since < 7, thisWeek: { checkins: count, useDays } };
}
