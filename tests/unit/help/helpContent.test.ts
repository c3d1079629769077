import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneNumbers } from '../../../src/content/servicesPhone';
import { catalogue } from '../../../src/features/help/model/catalogue';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';

const repo = join(import.meta.dirname, '..', '..', '..');
const strings = Object.fromEntries(
  SHIPPED_LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(repo, 'src', 'i18n', 'locales', lang, 'help.json'), 'utf8')) as Record<string, Record<string, unknown>>]),
);
const { services, routes, serviceCountries, serviceLanguages } = catalogue();

describe('names for the codes in the services file', () => {
  for (const lang of SHIPPED_LANGUAGES) {
    it(`every country and language has a name in ${lang}/help.json`, () => {
      for (const code of [...serviceCountries, 'INT']) expect(strings[lang]?.country?.[code], code).toEqual(expect.any(String));
      for (const code of serviceLanguages) expect(strings[lang]?.language?.[code], code).toEqual(expect.any(String));
    });
  }
});

describe('the crisis routes', () => {
  it('give every country an emergency number and a crisis line that can be dialled', () => {
    expect(routes.map((r) => r.code).sort()).toEqual(['BE', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'GB', 'IE', 'LT', 'LV', 'NL', 'NO', 'PL', 'PT', 'SE', 'US']);
    const byId = catalogue().byId;
    for (const route of routes) {
      for (const id of [...route.emergency, ...route.crisisLines, ...route.youthLines, ...route.harmedLines]) {
        expect(phoneNumbers(byId.get(id)?.contact.phone).length, `${route.code} ${id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the services, in every language', () => {
  it('name international services and their organisations in Finnish and Swedish', () => {
    // Proper names (Troubled Desire, StepTo.Support) stay as they are; descriptive English names are translated.
    for (const service of services.filter((s) => s.countries.includes('INT') && /\b(?:Forum|Intervention|Program|therapist)\b/i.test(s.name))) {
      expect(service.localNames, service.id).toBeDefined();
    }
    for (const id of ['de-kein-taeter-werden', 'int-troubled-desire', 'int-prevent-it']) {
      const service = catalogue().byId.get(id);
      expect(service?.localOrganisations?.sv, id).not.toMatch(/\b(?:lead|Institute|consortium)\b/);
    }
  });

  it('say who runs a service in Finnish and Swedish wherever the source wording is an English description', () => {
    // Proper names (NSPCC, Dublin Rape Crisis Centre, CAMH) stay as they are; descriptions do not.
    const description = /\b(?:emergency services|Ministry|Board|Directorate|Association of|Institute of|unknown|hospitals|with|overseen|funded|regional|Emergency Response)\b/;
    const untranslated = services.filter((s) => description.test(s.organisation) && !(s.localOrganisations?.fi && s.localOrganisations.sv)).map((s) => s.id);
    expect(untranslated).toEqual([]);
  });

  it('use the words of the content guide, never the banned ones', () => {
    const text = JSON.stringify(services);
    expect(text).not.toMatch(/child porn|lapsiporno|barnporr/i);
  });
});
