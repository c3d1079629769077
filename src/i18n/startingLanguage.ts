/**
 * The language a visit starts in and where each namespace's strings are. Kept apart from i18n.ts
 * (and from i18next) so the page's first small script can start fetching strings before the
 * entry's files have arrived (src/app/earlyStart.ts).
 */
import { isLanguage, pickLanguage, type Language } from './languages';

export const LANGUAGE_KEY = 'polku.language';

const localeFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });

/** The chunk of one namespace in one language (undefined: Polku has no such strings). */
export const stringsOf = (language: string, namespace: string) => localeFiles[`./locales/${language}/${namespace}.json`];

/** Starts loading namespaces ahead of i18next, which later gets the same modules; never rejects. */
export function fetchStrings(language: string, namespaces: readonly string[]): void {
  for (const namespace of namespaces) void stringsOf(language, namespace)?.().catch(() => undefined);
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The person's chosen language, else the browser's first shipped one, else English. */
export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? []);
}
