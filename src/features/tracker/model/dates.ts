/**
 * Calendar days as `YYYY-MM-DD` strings in the person's own time zone. Pure helpers: no clock is
 * read here except through `todayIso`, so tests pass the day they mean.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoOf(now);
}

/** True only for a real calendar day (no 31 February, no month 13). */
export function isRealDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000;
}

/** Days as a count from 1970-01-01 (UTC arithmetic on the calendar date, so no DST surprises). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Monday of the ISO week the day falls in. */
export function weekStart(iso: string): string {
  const n = dayNumber(iso);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return fromDayNumber(n - (((n + 3) % 7) + 7) % 7);
}

/** ISO week key, e.g. `2026-W48`. */
export function isoWeekKey(iso: string): string {
  const monday = dayNumber(weekStart(iso));
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayWeekMonday = dayNumber(weekStart(`${year}-01-04`));
  const week = Math.floor((monday - firstThursdayWeekMonday) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** A date object at local noon for formatting a calendar day with Intl. */
export function asLocalDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}
