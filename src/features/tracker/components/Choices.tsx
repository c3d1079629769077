import { useId } from 'react';

/** A radio group as a fieldset: one answer of a few, each a 44 px target, arrow keys move. */
export function RadioChoices<T extends string | number>({ legend, options, value, onChange, labelOf, name }: { legend: string; options: readonly T[]; value: T | null; onChange: (value: T) => void; labelOf: (value: T) => string; name?: string }) {
  const id = useId();
  return (
    <fieldset className="tracker-choices">
      <legend className="tracker-choices__legend">{legend}</legend>
      <div className="tracker-choices__row">
        {options.map((option) => (
          <label key={String(option)} className="tracker-choice">
            <input type="radio" name={name ?? id} checked={value === option} onChange={() => onChange(option)} />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Several answers of a list, as checkboxes. */
export function CheckChoices<T extends string>({ legend, options, value, onChange, labelOf }: { legend: string; options: readonly T[]; value: readonly T[]; onChange: (value: T[]) => void; labelOf: (value: T) => string }) {
  return (
    <fieldset className="tracker-choices">
      <legend className="tracker-choices__legend">{legend}</legend>
      <div className="tracker-choices__row">
        {options.map((option) => (
          <label key={option} className="tracker-choice">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(event) => onChange(event.target.checked ? [...value, option] : value.filter((v) => v !== option))}
            />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
