/**
 * The country whose crisis numbers the help pages show first. Like the language, it is kept in
 * localStorage outside the vault so help works locked.
 * PRIVACY: only a country code (or INT for "another country") is stored, never anything the person
 * answered in the finder.
 */
export const COUNTRY_KEY = 'polku.country';
/** Stored when the person's country is not in our list: show international help only. */
export const OTHER_COUNTRY = 'INT';

const listeners = new Set<() => void>();
/** Used when storage is off (private browsing): the choice then lasts while the page is open. */
let memory: string | null = null;

function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[A-Z]{2}|INT)$/.test(value);
}

export function getCountryPreference(): string | null {
  try {
    const value = localStorage.getItem(COUNTRY_KEY);
    return isCountryCode(value) ? value : null;
  } catch {
    return memory;
  }
}

export function setCountryPreference(code: string): void {
  if (!isCountryCode(code)) throw new TypeError('a country preference is a two-letter code or INT');
  try {
    localStorage.setItem(COUNTRY_KEY, code);
  } catch {
    memory = code;
  }
  for (const listener of [...listeners]) listener();
}

/** Calls back when this tab or another one changes the choice. */
export function subscribeCountryPreference(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === COUNTRY_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The country to show before the person has chosen one. The first browser language tag that names
 * a region decides: a region we have routes for gives that country (sv-FI gives FI), any other
 * region gives "another country" (en-US without routes, en-CA, de-AT), never a guess from the
 * language alone. Only when no tag names a region does the app language's default from
 * countries.json apply (fi: FI, sv: SE, en: GB). The person can change it on the help page.
 */
export function defaultCountry(
  appLanguage: string,
  browserLanguages: readonly string[],
  knownCountries: readonly string[],
  defaultByLanguage: Readonly<Record<string, string>>,
): string {
  const known = new Set(knownCountries);
  for (const tag of browserLanguages) {
    const region = tag.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    if (region) return known.has(region) ? region : OTHER_COUNTRY;
  }
  const fallback = defaultByLanguage[appLanguage];
  return fallback && known.has(fallback) ? fallback : OTHER_COUNTRY;
}
