/**
 * Checks a person's entry before it is stored, and names each problem with a key the screen
 * translates: impossible or future dates, values outside their scales, an own tag twice.
 */
import { checkinSchema, type Checkin } from '../data/checkinRecord';
import { isRealDay } from './dates';

export type EntryProblem = 'date-invalid' | 'date-future' | 'date-too-old' | 'out-of-range' | 'duplicate-tag';

/** Oldest day a check-in may be written for, counted back from today. */
export const MAX_DAYS_BACK = 366;

export function dateProblem(date: string, today: string): EntryProblem | undefined {
  if (!isRealDay(date)) return 'date-invalid';
  if (date > today) return 'date-future';
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const oldest = new Date(Date.UTC(y, m - 1, d) - MAX_DAYS_BACK * 86_400_000).toISOString().slice(0, 10);
  if (date < oldest) return 'date-too-old';
  return undefined;
}

export function checkinProblems(value: Checkin, today: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const date = dateProblem(value.date, today);
  if (date) problems.push(date);
  const lowered = value.ownTriggers.map((t) => t.trim().toLocaleLowerCase());
  if (new Set(lowered).size !== lowered.length) problems.push('duplicate-tag');
  if (!date && !checkinSchema.safeParse(value).success && problems.length === 0) problems.push('out-of-range');
  return problems;
}
