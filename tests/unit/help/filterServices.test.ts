import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/features/help/model/catalogue';
import {
  activeFilterCount,
  buildSearchIndex,
  emptyFilters,
  filterServices,
  normaliseForSearch,
  type DirectoryFilters,
} from '../../../src/features/help/model/filterServices';
import { contactGap, isOpenAllHours } from '../../../src/features/help/model/serviceFacts';

const { services } = catalogue();
const index = buildSearchIndex(services, 'fi', (s) => (s.countries.includes('FI') ? ['Suomi'] : []));
const find = (changes: Partial<DirectoryFilters>) => filterServices(services, { ...emptyFilters(), ...changes }, index);
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('filterServices', () => {
  it('lists every service with no filters', () => {
    expect(find({})).toHaveLength(catalogue().services.length);
    expect(catalogue().services.length).toBeGreaterThanOrEqual(117);
  });

  it('filters by country, with international services after the local ones', () => {
    const list = find({ country: 'FI' });
    expect(list.every((s) => s.countries.includes('FI') || s.countries.includes('INT'))).toBe(true);
    const firstInternational = list.findIndex((s) => !s.countries.includes('FI'));
    expect(list.slice(firstInternational).every((s) => !s.countries.includes('FI'))).toBe(true);
    expect(find({ country: 'FI', includeInternational: false }).every((s) => s.countries.includes('FI'))).toBe(true);
  });

  it('filters by language, category, audience and mode', () => {
    expect(find({ language: 'sv' }).every((s) => s.languages.includes('sv'))).toBe(true);
    expect(ids(find({ category: 'social-peer-support' })).sort()).toEqual(['gb-lucy-faithfull-family-forum', 'gb-lucy-faithfull-inform']);
    expect(find({ audience: 'youth' }).every((s) => s.audiences.includes('youth'))).toBe(true);
    expect(find({ mode: 'online-programme' }).every((s) => s.modes.includes('online-programme'))).toBe(true);
  });

  it('keeps only anonymous or free services when asked', () => {
    expect(find({ anonymousOnly: true }).every((s) => s.anonymous === 'yes')).toBe(true);
    expect(find({ freeOnly: true }).every((s) => s.cost === 'free')).toBe(true);
    expect(find({ anonymousOnly: true }).length).toBe(catalogue().services.filter((s) => s.anonymous === 'yes').length);
  });

  it('combines filters', () => {
    const list = find({ country: 'SE', includeInternational: false, category: 'crisis' });
    expect(ids(list).sort()).toEqual(['se-bris', 'se-emergency', 'se-mind-sjalvmordslinjen']);
  });

  it('searches names, descriptions in the reading language and extra terms, ignoring accents and case', () => {
    expect(ids(find({ query: 'seri tukikeskus' }))).toContain('fi-seri-support-center-hus');
    expect(ids(find({ query: 'SJÄLVMORDSLINJEN' }))).toEqual(['se-mind-sjalvmordslinjen']);
    // Finnish description words
    expect(ids(find({ query: 'omahoito' }))).toContain('fi-mielenterveystalo-self-help-sic');
    // every word must match
    expect(find({ query: 'stop it now ireland' }).length).toBeLessThan(find({ query: 'stop it now' }).length);
    expect(ids(find({ query: 'suomi kriisipuhelin' }))).toEqual(['fi-mieli-crisis-helpline']);
    expect(find({ query: 'zzzz-no-such-thing' })).toEqual([]);
  });

  it('normalises text for search', () => {
    expect(normaliseForSearch('  Seri-tukikeskus, Ä!  ')).toBe('seri tukikeskus a');
  });

  it('is fast enough to run on every keystroke', () => {
    const start = performance.now();
    for (let i = 0; i < 200; i += 1) find({ query: 'help line', country: 'GB', anonymousOnly: true });
    expect((performance.now() - start) / 200).toBeLessThan(5);
  });

  it('counts active filters', () => {
    const defaults = emptyFilters('FI');
    expect(activeFilterCount(defaults, defaults)).toBe(0);
    expect(activeFilterCount({ ...defaults, query: 'x', freeOnly: true }, defaults)).toBe(2);
  });
});

describe('service facts', () => {
  it('names the contact detail a service is missing', () => {
    const byId = catalogue().byId;
    expect(contactGap(byId.get('int-stepto-support')!)).toBe('no-contact');
    expect(contactGap(byId.get('fi-serita')!)).toBe('phone-missing');
    expect(contactGap(byId.get('fi-mieli-crisis-helpline')!)).toBeNull();
  });

  it('knows which services are open round the clock', () => {
    const byId = catalogue().byId;
    expect(isOpenAllHours(byId.get('fi-nollalinja')!)).toBe(true);
    expect(isOpenAllHours(byId.get('se-brottsofferjouren')!)).toBe(false);
  });
});
