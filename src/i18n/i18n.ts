/**
 * i18next setup. Each language's namespaces are separate chunks loaded on demand, so the first
 * screen carries only the strings of the language in use. The chosen language is the one
 * preference kept outside the vault (PRIVACY: a language code says nothing about the person).
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SHIPPED_LANGUAGES, isLanguage, type Language } from './languages';
import { LANGUAGE_KEY, fetchStrings, initialLanguage, stringsOf } from './startingLanguage';

/**
 * A backend of a few lines: each namespace of each language is its own chunk, fetched the first
 * time a screen asks for it (react-i18next suspends until then). The first screen loads `common`
 * and its own namespace only.
 */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = stringsOf(language, namespace);
    if (!load) {
      callback(new Error(`no strings for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

let initialised: Promise<unknown> | undefined;
let startingLanguage: Language | undefined;

/**
 * Resolves once i18next has its language, so a screen's chunk can be fetched before that and its
 * strings asked for right after (asking earlier would load nothing).
 */
export function whenI18nReady(): Promise<unknown> {
  return initialised ?? Promise.resolve();
}

/**
 * Starts fetching namespaces in the language being set up, before i18next is ready to ask for them:
 * the first screen's strings then arrive with `common` instead of one round trip after it. i18next's
 * own request later gets the same module. Does nothing once i18next is ready (it asks at once).
 */
export function prefetchStrings(namespaces: readonly string[]): void {
  if (i18next.isInitialized || !startingLanguage) return;
  fetchStrings(startingLanguage, namespaces);
}

export function setupI18n(language: Language = initialLanguage()): Promise<typeof i18next> {
  startingLanguage = language;
  // i18next asks for `common` only after a few steps of its own set-up.
  prefetchStrings(['common']);
  const ready = initialise(language);
  initialised = ready;
  return ready;
}

async function initialise(language: Language): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(lazyLocales).use(initReactI18next).init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...SHIPPED_LANGUAGES],
      defaultNS: 'common',
      ns: ['common'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

/** Switches language, remembers it, and sets `<html lang>` so screen readers pronounce it right. */
export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage can be disabled; the language then lasts for this visit only.
  }
}

export function currentLanguage(): Language {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lang) ? lang : 'en';
}
