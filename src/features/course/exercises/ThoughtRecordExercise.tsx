import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { RangeField } from '../../../ui/RangeField';
import { SensitiveField } from '../../../ui/SensitiveField';
import { freeText, rating, type ExerciseProps } from './answerParts';

import { type ThoughtRecordAnswer } from './answerSchemas';

const EMPTY: ThoughtRecordAnswer = {
  type: 'thought-record',
  situation: '',
  thought: '',
  feeling: '',
  feelingStrength: null,
  evidenceFor: '',
  evidenceAgainst: '',
  balancedThought: '',
  feelingAfter: null,
};

type TextKey = 'situation' | 'thought' | 'feeling' | 'evidenceFor' | 'evidenceAgainst' | 'balancedThought';

/** The classic CBT thought record, with fixed fields whose labels come from the UI strings. */
export function ThoughtRecordExercise({ value, onChange }: ExerciseProps<'thought-record', ThoughtRecordAnswer>) {
  const { t } = useTranslation('course');
  const answer = value ?? EMPTY;
  const text = (key: TextKey, rows = 3) => (
    <SensitiveField
      label={t(`thought-record.${key}.label`)}
      hint={t(`thought-record.${key}.hint`)}
      value={answer[key]}
      rows={rows}
      onChange={(next) => onChange({ ...answer, [key]: next })}
    />
  );
  return (
    <div className="exercise-fields">
      {text('situation')}
      {text('thought')}
      <fieldset className="entry-group">
        <legend className="course-group__legend">{t('thought-record.feeling-group')}</legend>
        {text('feeling', 1)}
        <RangeField
          label={t('thought-record.strength')}
          minLabel={t('thought-record.strength-min')}
          maxLabel={t('thought-record.strength-max')}
          value={answer.feelingStrength}
          onChange={(n) => onChange({ ...answer, feelingStrength: n })}
        />
      </fieldset>
      {text('evidenceFor')}
      {text('evidenceAgainst')}
      {text('balancedThought')}
      <RangeField
        label={t('thought-record.after')}
        minLabel={t('thought-record.strength-min')}
        maxLabel={t('thought-record.strength-max')}
        value={answer.feelingAfter}
        onChange={(n) => onChange({ ...answer, feelingAfter: n })}
      />
    </div>
  );
}
