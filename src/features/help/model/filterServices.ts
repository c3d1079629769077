/**
 * Search and filters for the service directory. Pure functions over the whole list: 99 entries
 * filter in well under a millisecond, so every keystroke re-filters everything, offline.
 */
import type { Service, ServiceAudience, ServiceCategory } from '../../../content/servicesSchema';
import type { Language } from '../../../i18n/languages';
import { CATEGORY_ORDER, isInternational, isUnverified, mayHaveEnded } from './serviceFacts';

/** The ways of reaching a service that the directory filters on. */
export const DIRECTORY_MODES = ['phone', 'chat', 'in-person', 'online-programme'] as const;
export type DirectoryMode = (typeof DIRECTORY_MODES)[number];

export const ALL = 'all';
type OrAll<T> = T | typeof ALL;

export type DirectoryFilters = {
  query: string;
  /** A country code, or 'all'. */
  country: OrAll<string>;
  /** With a country chosen, also list services open to everyone online (INT). */
  includeInternational: boolean;
  language: OrAll<string>;
  category: OrAll<ServiceCategory>;
  audience: OrAll<ServiceAudience>;
  mode: OrAll<DirectoryMode>;
  anonymousOnly: boolean;
  freeOnly: boolean;
};

export function emptyFilters(country: OrAll<string> = ALL): DirectoryFilters {
  return {
    query: '',
    country,
    includeInternational: true,
    language: ALL,
    category: ALL,
    audience: ALL,
    mode: ALL,
    anonymousOnly: false,
    freeOnly: false,
  };
}

/** Lowercase, without accents or punctuation, single spaces: "Seri-tukikeskus" finds "seri tukikeskus". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type SearchIndex = ReadonlyMap<string, string>;

/**
 * One normalised text per service: names, organisation, description and hours in English and in
 * the reading language, and any extra terms (translated country, category and mode names).
 */
export function buildSearchIndex(
  services: readonly Service[],
  language: Language,
  extraTerms: (service: Service) => readonly string[] = () => [],
): SearchIndex {
  return new Map(
    services.map((s) => {
      const texts = [
        s.name,
        s.localNames?.fi ?? '',
        s.localNames?.sv ?? '',
        s.organisation,
        s.localOrganisations?.fi ?? '',
        s.localOrganisations?.sv ?? '',
        s.description.en,
        s.description[language],
        s.hours?.[language] ?? '',
        s.contact.phone ?? '',
        s.contact.url ?? '',
        ...extraTerms(s),
      ];
      return [s.id, normaliseForSearch(texts.join(' '))];
    }),
  );
}

/** Every word of the query must appear somewhere in the service's text (as a word start or inside). */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

function passes(service: Service, f: DirectoryFilters): boolean {
  if (f.country !== ALL) {
    const local = service.countries.includes(f.country);
    if (!local && !(f.includeInternational && isInternational(service))) return false;
  }
  if (f.language !== ALL && !service.languages.includes(f.language)) return false;
  if (f.category !== ALL && service.category !== f.category) return false;
  if (f.audience !== ALL && !service.audiences.includes(f.audience)) return false;
  if (f.mode !== ALL && !service.modes.includes(f.mode)) return false;
  if (f.anonymousOnly && service.anonymous !== 'yes') return false;
  if (f.freeOnly && service.cost !== 'free') return false;
  return true;
}

/**
 * The services that pass every filter and match the query, in a stable order: services of the
 * chosen country before international ones; services that may have ended, or that our sources only
 * name, after the rest; then by category (StepTo.Support's three types, support after harm, crisis
 * lines), then by name.
 */
export function filterServices(services: readonly Service[], filters: DirectoryFilters, index: SearchIndex): Service[] {
  const hasQuery = normaliseForSearch(filters.query) !== '';
  const found = services.filter((s) => passes(s, filters) && (!hasQuery || matchesQuery(index.get(s.id) ?? '', filters.query)));
  const localFirst = (s: Service) => (filters.country !== ALL && !s.countries.includes(filters.country) ? 1 : 0);
  const doubtful = (s: Service) => (mayHaveEnded(s) || isUnverified(s) ? 1 : 0);
  return found.sort(
    (a, b) =>
      localFirst(a) - localFirst(b) ||
      doubtful(a) - doubtful(b) ||
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      a.name.localeCompare(b.name, 'en'),
  );
}

/** How many filters differ from their defaults (for a "clear filters" button). */
export function activeFilterCount(filters: DirectoryFilters, defaults: DirectoryFilters): number {
  return (Object.keys(filters) as Array<keyof DirectoryFilters>).filter((key) => filters[key] !== defaults[key]).length;
}
