import { useId, useState, type KeyboardEvent } from 'react';
import './fields.css';

export type SecretFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  showLabel: string;
  hideLabel: string;
  hint?: string;
  error?: string;
  onEnter?: () => void;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Masked by default; recovery codes are easier to type when shown. */
  masked?: boolean;
  /**
   * Whether the words show, when the parent decides (a suggested passphrase is shown at once so it
   * can be written down); the Show/Hide button then reports through onVisibleChange.
   */
  visible?: boolean;
  onVisibleChange?: (visible: boolean) => void;
};

/**
 * A field for a passphrase or code. PRIVACY: spellcheck, autocorrect, capitalisation and page
 * translation are off, so no browser feature sends the words anywhere; `data-sensitive` marks it
 * for clearing on lock. Browsers and password-manager extensions are asked not to offer saving
 * or filling (`autocomplete="off"` and the extensions' own opt-out attributes), because a saved
 * passphrase on a shared computer opens the vault for anyone at it; whether to keep it in a
 * password manager is the person's own choice (they can copy it there themselves). There is
 * deliberately no <form> and no user-name field: both wake the browser's "save password" prompt.
 */
export function SecretField(props: SecretFieldProps) {
  const { label, value, onChange, showLabel, hideLabel, hint, error, onEnter, autoFocus, disabled, masked = true } = props;
  const id = useId();
  const [ownVisible, setOwnVisible] = useState(!masked);
  const visible = props.visible ?? ownVisible;
  const setVisible = (next: boolean) => (props.onVisibleChange ? props.onVisibleChange(next) : setOwnVisible(next));
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
          autoComplete="off"
          data-1p-ignore="true"
          data-lpignore="true"
          data-bwignore="true"
          data-form-type="other"
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
          <button type="button" className="button button--quiet field__toggle" aria-pressed={visible} onClick={() => setVisible(!visible)} disabled={disabled}>
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
