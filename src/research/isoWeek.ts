/**
 * ISO-8601 weeks (weeks start on Monday; week 1 holds the year's first Thursday). The export
 * carries weeks, never days, so this is the only calendar arithmetic research needs.
 */
export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** The ISO week of a local calendar day. */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (UTC) of an ISO week. */
function mondayOf(week: string): Date {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (n - 1) * 7);
  return monday;
}

/** The week `offset` weeks from `week` (negative: earlier). */
export function addWeeks(week: string, offset: number): string {
  const monday = mondayOf(week);
  monday.setUTCDate(monday.getUTCDate() + offset * 7);
  return isoWeekOf(new Date(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate()));
}

/** Whole weeks from `from` to `to` (positive when `to` is later). */
export function weeksBetween(from: string, to: string): number {
  return Math.round((mondayOf(to).getTime() - mondayOf(from).getTime()) / (7 * 86_400_000));
}

/** A real week: 2025-W53 matches the pattern but 2025 has 52 weeks. */
export function isRealIsoWeek(week: string): boolean {
  return ISO_WEEK_PATTERN.test(week) && addWeeks(week, 0) === week;
}
