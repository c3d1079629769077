import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage, currentLanguage } from '../../i18n/i18n';
import { LANGUAGE_NAMES, SHIPPED_LANGUAGES, isLanguage } from '../../i18n/languages';

export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void switchLanguage(event.target.value);
        }}
      >
        {SHIPPED_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
