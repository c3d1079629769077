/**
 * i18next setup. Each language's namespaces are separate chunks loaded on demand, so the first
 * screen carries only the strings of the language in use. The chosen language is the one
 * preference kept outside the vault (PRIVACY: a language code says nothing about the person).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SHIPPED_LANGUAGES, isLanguage, pickLanguage, type Language } from './languages';

const LANGUAGE_KEY = 'polku.language';

type Namespaces = Record<string, Record<string, unknown>>;
const localeFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });

async function loadNamespaces(language: Language): Promise<Namespaces> {
  const entries = Object.entries(localeFiles).filter(([path]) => path.startsWith(`./locales/${language}/`));
  const loaded = await Promise.all(
    entries.map(async ([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), await load()] as const),
  );
  return Object.fromEntries(loaded);
}

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? []);
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const namespaces = await loadNamespaces(language);
  for (const [ns, resources] of Object.entries(namespaces)) i18next.addResourceBundle(language, ns, resources, true, true);
}

export async function setupI18n(language: Language = initialLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...SHIPPED_LANGUAGES],
      defaultNS: 'common',
      ns: ['common'],
      resources: {},
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

/** Switches language, remembers it, and sets `<html lang>` so screen readers pronounce it right. */
export async function switchLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
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
