/**
 * The crisis-country choice now lives in src/content/countryPreference.ts, so the tracker's crisis
 * panel reads the same choice the help pages make; help keeps importing it from here.
 */
export {
  COUNTRY_KEY,
  OTHER_COUNTRY,
  defaultCountry,
  getCountryPreference,
  setCountryPreference,
  subscribeCountryPreference,
} from '../../../content/countryPreference';
