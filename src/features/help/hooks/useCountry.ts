import { useCallback, useSyncExternalStore } from 'react';
import { catalogue } from '../model/catalogue';
import {
  defaultCountry,
  getCountryPreference,
  setCountryPreference,
  subscribeCountryPreference,
} from '../model/countryPreference';
import { useHelpLanguage } from './useHelpLanguage';

/**
 * The country for the crisis numbers: the person's choice if they made one, else a default from
 * the browser's language tags and the app language. `chosen` tells whether they have chosen.
 */
export function useCountry(): { country: string; chosen: boolean; setCountry: (code: string) => void } {
  const language = useHelpLanguage();
  const stored = useSyncExternalStore(subscribeCountryPreference, getCountryPreference, () => null);
  const { routes, defaultCountryByLanguage } = catalogue();
  const fallback = defaultCountry(
    language,
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
    routes.map((r) => r.code),
    defaultCountryByLanguage,
  );
  const setCountry = useCallback((code: string) => setCountryPreference(code), []);
  return { country: stored ?? fallback, chosen: stored !== null, setCountry };
}
