import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../i18n/languages';

/** The language the help pages are read in (content texts exist in each shipped language). */
export function useHelpLanguage(): Language {
  const { i18n } = useTranslation('help');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}
