/**
 * A calendar day (`YYYY-MM-DD`, as records and backups store it) as a date in the reader's
 * language, e.g. "27 Nov 2026" / "27.11.2026". Formatted in UTC so the day never shifts with the
 * device's time zone. Anything that is not such a day is shown as it is.
 */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
