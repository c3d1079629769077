/** Locales for date formats; English dates are written the European way (22 November 2026). */
const LOCALE: Record<string, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-SE' };

/** Dates as the source list writes them (2024, 2024-12, 2024-12-08), shown in the reading language. */
export function formatListDate(value: string, language: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[language] ?? language, options).format(date);
}

/** The host name of a web address without "www.", for link labels: "https://www.dixi.no" gives "dixi.no". */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
