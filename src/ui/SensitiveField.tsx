import './entry.css';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT } from '../lib/textLimits';

export type SensitiveFieldProps = {
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  /** Hides the label visually when the surrounding heading already says it (still read out). */
  hideLabel?: boolean;
};

/**
 * Every place a person writes free text. PRIVACY: no spellcheck, autocomplete, autocorrect or page
 * translation (each can send text off the device or keep it outside the vault); `data-sensitive`
 * marks it for the privacy screen and tests; the reminder not to identify anyone is always shown.
 */
export function SensitiveField({ label, hint, value, onChange, multiline = true, rows = 4, hideLabel = false }: SensitiveFieldProps) {
  const { t } = useTranslation('fields');
  const id = useId();
  const hintId = `${id}-hint`;
  const reminderId = `${id}-reminder`;
  const describedBy = hint ? `${hintId} ${reminderId}` : reminderId;
  const common = {
    id,
    value,
    maxLength: MAX_TEXT,
    spellCheck: false,
    autoComplete: 'off',
    autoCorrect: 'off',
    autoCapitalize: 'sentences',
    translate: 'no' as const,
    'data-sensitive': '',
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className="entry-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'entry-field__label'}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="entry-field__hint">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
      <p id={reminderId} className="entry-field__reminder">
        {t('reminder')}
      </p>
    </div>
  );
}
