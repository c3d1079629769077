import './entry.css';
import { useId, type CSSProperties, type SyntheticEvent } from 'react';
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
 * value is null and the field looks unset: no thumb, an empty track and "Not answered yet" where
 * the number goes, so nothing suggests an answer the person did not give. The input still rests in
 * the middle underneath, so a tap anywhere on the track, an arrow key, Space or Enter chooses.
 */
export function RangeField({ label, minLabel, maxLabel, min = 0, max = 10, value, onChange, emphasis = false }: RangeFieldProps) {
  const { t } = useTranslation('fields');
  const id = useId();
  const shown = value ?? Math.round((min + max) / 2);
  const commit = (event: SyntheticEvent<HTMLInputElement>) => {
    const next = Number(event.currentTarget.value);
    if (Number.isInteger(next) && next !== value) onChange(next);
  };
  // How much of the track is filled, for the custom track (nothing while unset).
  const fill = value === null || max === min ? 0 : ((value - min) / (max - min)) * 100;
  const meaning = value === min ? minLabel : value === max ? maxLabel : undefined;
  const valueText =
    value === null
      ? t('range.not-set')
      : meaning
        ? t('range.value-end', { value, max, meaning })
        : t('range.value', { value, max });
  return (
    <div className={emphasis ? 'entry-range entry-range--emphasis' : 'entry-range'} data-unset={value === null ? '' : undefined}>
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
          style={{ '--range-fill': `${fill}%` } as CSSProperties}
          onChange={commit}
          onPointerUp={commit}
          onKeyUp={(event) => {
            if (CHOOSING_KEYS.has(event.key)) commit(event);
          }}
        />
        <output htmlFor={id} className="entry-range__value" aria-hidden="true">
          {value === null ? t('range.not-set') : value}
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
