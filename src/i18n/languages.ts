/** The languages Polku ships complete. A language is added here only when every text exists in it. */
export const SHIPPED_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof SHIPPED_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SHIPPED_LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first shipped language from the browser's list (`fi-FI` counts as `fi`). */
export function pickLanguage(preferred: readonly string[], fallback: Language = 'en'): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return fallback;
}
