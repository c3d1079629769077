import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { SensitiveField } from '../../../ui/SensitiveField';
import { answerKey, freeText, MAX_LIST, type ExerciseProps } from './answerParts';

import { type ChecklistAnswer } from './answerSchemas';

/** Choose from the content's options (up to maxSelected), optionally adding one's own. */
export function ChecklistExercise({ exercise, strings, value, onChange }: ExerciseProps<'checklist', ChecklistAnswer>) {
  const { t } = useTranslation('course');
  const countId = useId();
  const selected = (value?.selected ?? []).filter((id) => exercise.options.includes(id));
  const other = value?.other ?? '';
  const max = exercise.maxSelected;
  const full = max !== undefined && selected.length >= max;

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    onChange({ type: 'checklist', selected: exercise.options.filter((o) => next.includes(o)), other });
  };

  return (
    <div className="exercise-fields">
      <fieldset className="course-choices" aria-describedby={max !== undefined ? countId : undefined}>
        <legend className="visually-hidden">{strings.title}</legend>
        {exercise.options.map((id) => {
          const checked = selected.includes(id);
          return (
            <label key={id} className="course-choice">
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={(e) => toggle(id, e.target.checked)} />
              <span>{strings.options?.[id] ?? id}</span>
            </label>
          );
        })}
      </fieldset>
      {max !== undefined ? (
        <p id={countId} className="course-choices__count" aria-live="polite">
          {full ? t('checklist.full', { max }) : t('checklist.count', { count: selected.length, max })}
        </p>
      ) : null}
      {exercise.allowOther ? (
        <SensitiveField
          label={t('checklist.other')}
          value={other}
          multiline={false}
          onChange={(text) => onChange({ type: 'checklist', selected, other: text })}
        />
      ) : null}
    </div>
  );
}
