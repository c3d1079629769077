/** Dates and numbers in the reading language's own formats (Intl). */
import { asLocalDate } from '../model/dates';

export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(asLocalDate(iso));
}

export function formatShortDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(asLocalDate(iso));
}

export function formatNumber(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}
