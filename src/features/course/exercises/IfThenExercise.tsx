import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { Examples } from '../components/Examples';
import { ListEditor } from '../../../ui/ListEditor';
import { SensitiveField } from '../../../ui/SensitiveField';
import { freeText, type ExerciseProps } from './answerParts';

import { plan, type IfThenAnswer } from './answerSchemas';

/** "If this happens, then I will…" plans, added and removed up to the content's maxPlans. */
export function IfThenExercise({ exercise, strings, value, onChange }: ExerciseProps<'if-then', IfThenAnswer>) {
  const { t } = useTranslation('course');
  return (
    <div className="exercise-fields">
      <Examples examples={strings.examples} />
      <ListEditor
        grouped
        items={value?.plans ?? []}
        max={exercise.maxPlans}
        empty={() => ({ situation: '', response: '' })}
        onChange={(plans) => onChange({ type: 'if-then', plans })}
        itemLabel={(index) => t('if-then.plan', { number: index + 1 })}
        addLabel={t('if-then.add')}
        renderItem={(item, update) => (
          <>
            <SensitiveField
              label={t('if-then.situation')}
              value={item.situation}
              rows={2}
              onChange={(situation) => update({ ...item, situation })}
            />
            <SensitiveField
              label={t('if-then.response')}
              value={item.response}
              rows={2}
              onChange={(response) => update({ ...item, response })}
            />
          </>
        )}
      />
    </div>
  );
}
