/**
 * The services and per-country crisis routes, parsed once with the content schema. The files are
 * bundled into the help chunk, so the directory, the finder and the crisis numbers work offline
 * and locked.
 */
import countriesJson from '../../../../modules-content/services/countries.json';
import servicesJson from '../../../../modules-content/services/services.json';
import {
  countriesFileSchema,
  servicesFileSchema,
  type CountryRoutes,
  type Service,
} from '../../../content/servicesSchema';

export type Catalogue = {
  services: readonly Service[];
  byId: ReadonlyMap<string, Service>;
  /** Countries that have an emergency number and crisis lines, in file order. */
  routes: readonly CountryRoutes[];
  defaultCountryByLanguage: Readonly<Record<string, string>>;
  /** Every country code that appears in a service (INT excluded), sorted. */
  serviceCountries: readonly string[];
  /** Every language code that appears in a service, sorted. */
  serviceLanguages: readonly string[];
};

export function buildCatalogue(servicesFile: unknown, countriesFile: unknown): Catalogue {
  const { services } = servicesFileSchema.parse(servicesFile);
  const countries = countriesFileSchema.parse(countriesFile);
  return {
    services,
    byId: new Map(services.map((s) => [s.id, s])),
    routes: countries.countries,
    defaultCountryByLanguage: countries.defaultCountryByLanguage,
    serviceCountries: [...new Set(services.flatMap((s) => s.countries))].filter((c) => c !== 'INT').sort(),
    serviceLanguages: [...new Set(services.flatMap((s) => s.languages))].sort(),
  };
}

let cached: Catalogue | undefined;

/** The shipped catalogue (validated at build time too, so parsing here cannot fail in production). */
export function catalogue(): Catalogue {
  cached ??= buildCatalogue(servicesJson, countriesJson);
  return cached;
}

/** The services behind ids, skipping unknown ids (the validator reports those). */
export function servicesByIds(ids: readonly string[], from: Catalogue = catalogue()): Service[] {
  return ids.flatMap((id) => {
    const service = from.byId.get(id);
    return service ? [service] : [];
  });
}
