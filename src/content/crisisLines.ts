/**
 * The crisis numbers for a country, from the service directory: the emergency number, the crisis
 * lines, then the prevention lines ("I might act on an urge"), each with a number to call. Pure and
 * shared: the safety plan pre-fills its step 5 with these and the tracker's crisis panel shows them.
 */
import { phoneNumbers } from './servicesPhone';
import type { CountryRoutes, Service } from './servicesSchema';

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
