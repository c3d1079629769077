import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type helpStrings from '../../../i18n/locales/en/help.json';

type CountryKey = keyof (typeof helpStrings)['country'];
type LanguageKey = keyof (typeof helpStrings)['language'];

/**
 * Translated names for the country and language codes that appear in the services file. The codes
 * come from content, so the casts below are checked by a test instead: every code in services.json
 * has a name in help.json, in every language.
 */
export function useNames(): { countryName: (code: string) => string; languageName: (code: string) => string } {
  const { t } = useTranslation('help');
  const countryName = useCallback((code: string) => t(`country.${code as CountryKey}`, { defaultValue: code }), [t]);
  const languageName = useCallback((code: string) => t(`language.${code as LanguageKey}`, { defaultValue: code }), [t]);
  return { countryName, languageName };
}
