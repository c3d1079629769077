import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { Examples } from '../components/Examples';
import { ListEditor } from '../../../ui/ListEditor';
import { SensitiveField } from '../../../ui/SensitiveField';
import { freeText, type ExerciseProps } from './answerParts';

import { card, type CardBuilderAnswer } from './answerSchemas';

/** Coping cards: a short heading for the moment, and what the person tells themself or does. */
export function CardBuilderExercise({ exercise, strings, value, onChange }: ExerciseProps<'card-builder', CardBuilderAnswer>) {
  const { t } = useTranslation('course');
  return (
    <div className="exercise-fields">
      <Examples examples={strings.examples} />
      <ListEditor
        grouped
        items={value?.cards ?? []}
        max={exercise.maxCards}
        empty={() => ({ front: '', back: '' })}
        onChange={(cards) => onChange({ type: 'card-builder', cards })}
        itemLabel={(index) => t('cards.card', { number: index + 1 })}
        addLabel={t('cards.add')}
        renderItem={(item, update) => (
          <div className="course-card">
            <SensitiveField label={t('cards.front')} value={item.front} multiline={false} onChange={(front) => update({ ...item, front })} />
            <SensitiveField label={t('cards.back')} value={item.back} rows={3} onChange={(back) => update({ ...item, back })} />
          </div>
        )}
      />
    </div>
  );
}
