import { z } from '../../../lib/zod';
import { SensitiveField } from '../../../ui/SensitiveField';
import { answerKey, freeText, type ExerciseProps } from './answerParts';

import { type JournalAnswer } from './answerSchemas';

/** Free writing, one field per prompt from the content. */
export function JournalExercise({ exercise, strings, value, onChange }: ExerciseProps<'journal', JournalAnswer>) {
  const entries = value?.entries ?? {};
  return (
    <div className="exercise-fields">
      {exercise.prompts.map((id) => {
        const prompt = strings.prompts?.[id];
        return (
          <SensitiveField
            key={id}
            label={prompt?.label ?? id}
            hint={prompt?.hint}
            value={entries[id] ?? ''}
            rows={6}
            onChange={(text) => onChange({ type: 'journal', entries: { ...entries, [id]: text } })}
          />
        );
      })}
    </div>
  );
}
