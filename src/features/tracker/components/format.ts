/**
 * Dates and numbers in the reading language's own formats (Intl). Building an Intl formatter
 * costs far more than using one, and the charts and tables format hundreds of values per render,
 * so each formatter is made once per language.
 */
import { asLocalDate } from '../model/dates';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDay(iso: string, language: string): string {
  return cached(`day|${language}`, () => new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })).format(asLocalDate(iso));
}

export function formatShortDay(iso: string, language: string): string {
  return cached(`short|${language}`, () => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' })).format(asLocalDate(iso));
}

export function formatNumber(value: number, language: string, digits = 1): string {
  return cached(`number|${language}|${digits}`, () => new Intl.NumberFormat(language, { maximumFractionDigits: digits })).format(value);
}
