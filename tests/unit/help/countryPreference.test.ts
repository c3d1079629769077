import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../../src/features/help/model/catalogue';
import {
  COUNTRY_KEY,
  defaultCountry,
  getCountryPreference,
  setCountryPreference,
  subscribeCountryPreference,
} from '../../../src/features/help/model/countryPreference';

const { routes, defaultCountryByLanguage } = catalogue();
const known = routes.map((r) => r.code);

describe('country preference', () => {
  beforeEach(() => localStorage.clear());

  it('stores only a country code under polku.country', () => {
    expect(getCountryPreference()).toBeNull();
    setCountryPreference('IE');
    expect(localStorage.getItem(COUNTRY_KEY)).toBe('IE');
    expect(getCountryPreference()).toBe('IE');
    expect(() => setCountryPreference('Ireland')).toThrow(TypeError);
  });

  it('ignores a damaged stored value', () => {
    localStorage.setItem(COUNTRY_KEY, '<script>');
    expect(getCountryPreference()).toBeNull();
  });

  it('tells subscribers about a change', () => {
    const listener = vi.fn();
    const stop = subscribeCountryPreference(listener);
    setCountryPreference('FI');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    setCountryPreference('SE');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('defaultCountry', () => {
  it('follows a region in the browser languages first', () => {
    expect(defaultCountry('sv', ['sv-FI', 'sv'], known, defaultCountryByLanguage)).toBe('FI');
    expect(defaultCountry('en', ['en-IE'], known, defaultCountryByLanguage)).toBe('IE');
  });

  it('starts a browser in a region on that country, or on "another country", never on the UK', () => {
    expect(defaultCountry('en', ['en-US', 'en'], known, defaultCountryByLanguage)).toBe('US');
    expect(defaultCountry('en', ['en-CA', 'en'], known, defaultCountryByLanguage)).toBe('INT');
    expect(defaultCountry('en', ['en-AU'], known, defaultCountryByLanguage)).toBe('INT');
    expect(defaultCountry('en', ['de-AT', 'de', 'en'], known, defaultCountryByLanguage)).toBe('INT');
  });

  it('falls back to the app language only when no browser language names a region', () => {
    expect(defaultCountry('fi', ['fi'], known, defaultCountryByLanguage)).toBe('FI');
    expect(defaultCountry('sv', ['sv'], known, defaultCountryByLanguage)).toBe('SE');
    expect(defaultCountry('en', ['en'], known, defaultCountryByLanguage)).toBe('GB');
  });
});
