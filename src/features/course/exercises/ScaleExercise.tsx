import { z } from '../../../lib/zod';
import { RangeField } from '../components/RangeField';
import { answerKey, type ExerciseProps } from './answerParts';

export const scaleAnswerSchema = z.strictObject({
  type: z.literal('scale'),
  /** The content sets each item's range; values outside it are clamped when shown. */
  values: z.record(answerKey, z.number().int().min(-100).max(100)),
});
export type ScaleAnswer = z.infer<typeof scaleAnswerSchema>;

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
