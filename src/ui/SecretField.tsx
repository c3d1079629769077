import { useId, useState, type KeyboardEvent } from 'react';
import './fields.css';

export type SecretFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `current-password` to unlock, `new-password` to set one, `off` for codes. */
  autoComplete: 'current-password' | 'new-password' | 'off';
  showLabel: string;
  hideLabel: string;
  hint?: string;
  error?: string;
  onEnter?: () => void;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Masked by default; recovery codes are easier to type when shown. */
  masked?: boolean;
};

/**
 * A field for a passphrase or code. PRIVACY: spellcheck, autocorrect, capitalisation and page
 * translation are off, so no browser feature sends the words anywhere; `data-sensitive` marks it
 * for clearing on lock. There is deliberately no <form>: a submitted form wakes password managers.
 */
export function SecretField({ label, value, onChange, autoComplete, showLabel, hideLabel, hint, error, onEnter, autoFocus, disabled, masked = true }: SecretFieldProps) {
  const id = useId();
  const [visible, setVisible] = useState(!masked);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && onEnter) {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="field__row">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          translate="no"
          data-sensitive="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          disabled={disabled}
        />
        {masked ? (
          <button type="button" className="button button--quiet field__toggle" aria-pressed={visible} onClick={() => setVisible((v) => !v)} disabled={disabled}>
            {visible ? hideLabel : showLabel}
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
