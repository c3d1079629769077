import { z } from '../../../lib/zod';
import { RangeField } from '../../../ui/RangeField';
import { answerKey, type ExerciseProps } from './answerParts';

import { type ScaleAnswer } from './answerSchemas';

/** One or more rulers (0–10 or the content's own range), each with labelled ends. */
export function ScaleExercise({ exercise, strings, value, onChange }: ExerciseProps<'scale', ScaleAnswer>) {
  const values = value?.values ?? {};
  return (
    <div className="exercise-fields">
      {exercise.items.map((item) => {
        const text = strings.items?.[item.id];
        const saved = values[item.id];
        return (
          <RangeField
            key={item.id}
            label={text?.label ?? item.id}
            minLabel={text?.minLabel ?? String(item.min)}
            maxLabel={text?.maxLabel ?? String(item.max)}
            min={item.min}
            max={item.max}
            value={saved === undefined ? null : Math.min(item.max, Math.max(item.min, saved))}
            onChange={(n) => onChange({ type: 'scale', values: { ...values, [item.id]: n } })}
          />
        );
      })}
    </div>
  );
}
