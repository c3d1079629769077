import './entry.css';
import { useId, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Keys that choose a value; Tab landing on the slider must not. */
const CHOOSING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', ' ', 'Enter']);

export type RangeFieldProps = {
  label: string;
  minLabel: string;
  maxLabel: string;
  min?: number;
  max?: number;
  /** null until the person has chosen a number. */
  value: number | null;
  onChange: (value: number) => void;
  /** Renders the label as a heading-like legend for a question that stands alone. */
  emphasis?: boolean;
};

/**
 * A 0–10 (or content-defined) rating. Native range input: arrow keys, Home/End and touch all work
 * and screen readers announce the value with its meaning. Until a number is chosen the stored
 * value is null and the thumb rests in the middle; any touch or key press chooses the number shown.
 */
export function RangeField({ label, minLabel, maxLabel, min = 0, max = 10, value, onChange, emphasis = false }: RangeFieldProps) {
  const { t } = useTranslation('fields');
  const id = useId();
  const shown = value ?? Math.round((min + max) / 2);
  const commit = (event: SyntheticEvent<HTMLInputElement>) => {
    const next = Number(event.currentTarget.value);
    if (Number.isInteger(next) && next !== value) onChange(next);
  };
  const meaning = value === min ? minLabel : value === max ? maxLabel : undefined;
  const valueText =
    value === null
      ? t('range.not-set')
      : meaning
        ? t('range.value-end', { value, max, meaning })
        : t('range.value', { value, max });
  return (
    <div className={emphasis ? 'entry-range entry-range--emphasis' : 'entry-range'}>
      <label htmlFor={id} className="entry-range__label">
        {label}
      </label>
      <div className="entry-range__row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={shown}
          aria-valuetext={valueText}
          aria-describedby={`${id}-ends`}
          data-unset={value === null ? '' : undefined}
          onChange={commit}
          onPointerUp={commit}
          onKeyUp={(event) => {
            if (CHOOSING_KEYS.has(event.key)) commit(event);
          }}
        />
        <output htmlFor={id} className="entry-range__value" aria-hidden="true">
          {value === null ? '–' : value}
        </output>
      </div>
      <p id={`${id}-ends`} className="entry-range__ends">
        <span>
          {min} = {minLabel}
        </span>
        <span>
          {max} = {maxLabel}
        </span>
      </p>
    </div>
  );
}
