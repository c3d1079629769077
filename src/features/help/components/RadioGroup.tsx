import { useId } from 'react';

export type RadioGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  value: T | null;
  label: (option: T) => string;
  onChange: (value: T) => void;
  error?: string;
  /** A line under the legend that explains the question. */
  hint?: string;
};

/** A fieldset of radio buttons; each whole row is the touch target. */
export function RadioGroup<T extends string>({ legend, name, options, value, label, onChange, error, hint }: RadioGroupProps<T>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="radios" aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <div className="radio" key={option}>
          <input
            id={`${id}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${id}-${option}`}>{label(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}
