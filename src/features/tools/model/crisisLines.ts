/**
 * The crisis numbers that open step 5 of the safety plan, from the service directory: the
 * country's emergency number, its crisis lines, then its prevention lines, each with a phone
 * number. Pure, so the prefill can be tested country by country.
 */
import type { CountryRoutes, Service } from '../../../content/servicesSchema';
import { phoneNumbers } from '../../../content/servicesPhone';

export type CrisisLine = {
  id: string;
  kind: 'emergency' | 'crisis' | 'prevention';
  name: string;
  /** As the service writes it, for reading aloud. */
  display: string;
  /** What follows tel:. */
  dial: string;
};

export type Directory = { routes: readonly CountryRoutes[]; byId: ReadonlyMap<string, Service> };

function nameIn(service: Service, language: string): string {
  if (language === 'fi' || language === 'sv') return service.localNames?.[language] ?? service.name;
  return service.name;
}

export function crisisLinesFor(country: string | null, directory: Directory, language: string): CrisisLine[] {
  const route = directory.routes.find((r) => r.code === country);
  if (!route) return [];
  const groups: Array<[CrisisLine['kind'], readonly string[]]> = [
    ['emergency', route.emergency],
    ['crisis', route.crisisLines],
    ['prevention', route.preventionLines],
  ];
  const seen = new Set<string>();
  const lines: CrisisLine[] = [];
  for (const [kind, ids] of groups) {
    for (const id of ids) {
      const service = directory.byId.get(id);
      if (!service || seen.has(id)) continue;
      seen.add(id);
      // The first number of the field; a field with a labelled pair (112 (police); 113 …) keeps both.
      for (const number of phoneNumbers(service.contact.phone).slice(0, 2)) {
        lines.push({ id, kind, name: nameIn(service, language), display: number.display, dial: number.dial });
      }
    }
  }
  return lines;
}

/**
 * The country to suggest before the person chooses: the first browser language tag with a region
 * we have routes for, else the app language's default from the directory, else none.
 */
export function suggestedCountry(appLanguage: string, browserLanguages: readonly string[], known: readonly string[], defaults: Readonly<Record<string, string>>): string | null {
  for (const tag of browserLanguages) {
    const region = tag.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    if (region) return known.includes(region) ? region : null;
  }
  const fallback = defaults[appLanguage];
  return fallback && known.includes(fallback) ? fallback : null;
}
