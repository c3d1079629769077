import { existsSync, readFileSync } from 'node:fs';
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
    expect(routes.map((r) => r.code).sort()).toEqual(['BE', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'GB', 'IE', 'LT', 'LV', 'NL', 'NO', 'PL', 'PT', 'SE']);
    const byId = catalogue().byId;
    for (const route of routes) {
      for (const id of [...route.emergency, ...route.crisisLines]) {
        expect(phoneNumbers(byId.get(id)?.contact.phone).length, `${route.code} ${id}`).toBeGreaterThan(0);
      }
    }
  });
});

const shared = join(repo, '..', 'shared', 'SERVICES.json');

describe.skipIf(!existsSync(shared))('the carry-over from ../shared/SERVICES.json', () => {
  type Seed = {
    id: string;
    name: string;
    countries: string[];
    languages: string[];
    category: string;
    audiences: string[];
    modes: string[];
    contact: { phone: string | null; url: string | null; email: string | null };
    hours: string | null;
    anonymous: string;
    cost: string;
    description: string;
    source_url: string;
    source_seen: string;
    confidence: string;
    notes: string | null;
  };
  const seed = JSON.parse(existsSync(shared) ? readFileSync(shared, 'utf8') : '[]') as Seed[];

  it('keeps every entry, in the same order', () => {
    expect(services.map((s) => s.id)).toEqual(seed.map((s) => s.id));
  });

  it('copies contact details, sources and facts exactly', () => {
    for (const [i, s] of seed.entries()) {
      const ours = services[i]!;
      expect(ours.contact, s.id).toEqual(s.contact);
      expect([ours.sourceUrl, ours.sourceSeen], s.id).toEqual([s.source_url, s.source_seen]);
      expect([ours.name, ours.category, ours.anonymous, ours.cost, ours.confidence, ours.notes], s.id).toEqual([
        s.name,
        s.category,
        s.anonymous,
        s.cost,
        s.confidence,
        s.notes,
      ]);
      expect([ours.countries, ours.languages, ours.audiences, ours.modes], s.id).toEqual([s.countries, s.languages, s.audiences, s.modes]);
      expect(ours.description.en, s.id).toBe(s.description);
      expect(ours.hours?.en ?? null, s.id).toBe(s.hours);
    }
  });
});
