import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/zod';
import { SensitiveField } from '../../../ui/SensitiveField';
import { answerKey, freeText, type ExerciseProps } from './answerParts';

import { type ChainPlanAnswer } from './answerSchemas';

/** The content's links in their fixed order, one after another like a chain. */
export function ChainPlanExercise({ exercise, strings, value, onChange }: ExerciseProps<'chain-plan', ChainPlanAnswer>) {
  const { t } = useTranslation('course');
  const links = value?.links ?? {};
  return (
    <ol className="course-chain">
      {exercise.links.map((id, index) => {
        const prompt = strings.prompts?.[id];
        const label = prompt?.label ?? id;
        return (
          <li key={id} className="course-chain__link">
            <SensitiveField
              label={t('chain.link', { number: index + 1, total: exercise.links.length, label })}
              hint={prompt?.hint}
              value={links[id] ?? ''}
              rows={3}
              onChange={(text) => onChange({ type: 'chain-plan', links: { ...links, [id]: text } })}
            />
          </li>
        );
      })}
    </ol>
  );
}
