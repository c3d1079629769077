import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateProgress } from '../data/courseRecords';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { withConfidence } from '../model/progress';
import { RangeField } from '../../../ui/RangeField';

export type ConfidenceQuestionProps = {
  moduleId: string;
  when: 'before' | 'after';
  initial: number | null;
};

/** The 0–10 "how confident am I about this" slider, before and after a module; autosaved. */
export function ConfidenceQuestion({ moduleId, when, initial }: ConfidenceQuestionProps) {
  const { t } = useTranslation('course');
  const [value, setValue] = useState(initial);
  const write = useCallback(
    (next: number) => updateProgress(moduleId, (current) => withConfidence(current, moduleId, when, next, Date.now())),
    [moduleId, when],
  );
  const { schedule, flush } = useAutosave(write);
  return (
    <section className="course-confidence card" aria-labelledby={`confidence-${when}`} onBlur={() => void flush()}>
      <h2 id={`confidence-${when}`}>{t(`confidence.heading-${when}`)}</h2>
      <p className="course-field__hint">{t(`confidence.hint-${when}`)}</p>
      <RangeField
        label={t('confidence.label')}
        minLabel={t('confidence.min')}
        maxLabel={t('confidence.max')}
        value={value}
        onChange={(next) => {
          setValue(next);
          schedule(next);
        }}
      />
    </section>
  );
}
