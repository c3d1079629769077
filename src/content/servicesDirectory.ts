/**
 * The service directory for screens outside the help pages (the safety plan, the tracker's crisis
 * panel), read from the shipped content files with the content schemas, loaded only when one of
 * them opens (the files are large) and parsed once.
 */
import type { Directory } from './crisisLines';
import { countriesFileSchema, servicesFileSchema } from './servicesSchema';

export type LoadedDirectory = Directory & { defaults: Readonly<Record<string, string>>; countries: readonly string[] };

let cached: Promise<LoadedDirectory> | undefined;

export function loadDirectory(): Promise<LoadedDirectory> {
  cached ??= Promise.all([import('../../modules-content/services/services.json'), import('../../modules-content/services/countries.json')]).then(
    ([servicesModule, countriesModule]) => {
      const { services } = servicesFileSchema.parse(servicesModule.default);
      const countries = countriesFileSchema.parse(countriesModule.default);
      return {
        routes: countries.countries,
        byId: new Map(services.map((s) => [s.id, s])),
        defaults: countries.defaultCountryByLanguage,
        countries: countries.countries.map((c) => c.code),
      };
    },
  );
  return cached;
}
