import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from '../hooks/useNames';
import { OTHER_COUNTRY } from '../model/countryPreference';

export type CountryPickerProps = {
  value: string;
  onChange: (code: string) => void;
  countries: readonly string[];
  label: string;
  hint?: string;
  /** Offer "another country" (INT) at the end of the list. */
  allowOther?: boolean;
};

/** A labelled country select, sorted by name in the reading language. */
export function CountryPicker({ value, onChange, countries, label, hint, allowOther = true }: CountryPickerProps) {
  const { t, i18n } = useTranslation('help');
  const { countryName } = useNames();
  const id = useId();
  const sorted = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n.language));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {sorted.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
        {allowOther ? <option value={OTHER_COUNTRY}>{t('crisis.other-country')}</option> : null}
      </select>
    </div>
  );
}
