import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Step 2 of 8" and a progress bar named by that text. */
export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation('course');
  const id = useId();
  return (
    <div className="course-progress">
      <p id={id} className="course-progress__text">
        {t('step.progress', { current, total })}
      </p>
      <progress className="course-progress__bar" max={total} value={current} aria-labelledby={id} />
    </div>
  );
}
