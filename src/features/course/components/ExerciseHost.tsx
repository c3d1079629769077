import { useCallback, useState, type ComponentType } from 'react';
import type { ExerciseStrings, ExerciseStructure, ExerciseType } from '../../../content/moduleSchema';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { ANSWER_VERSION } from '../data/answerRecord';
import { answerStore } from '../data/courseRecords';
import type { ExerciseProps } from '../exercises/answerParts';
import type { ExerciseAnswer } from '../exercises/answerSchemas';
import { EXERCISE_COMPONENTS } from '../exercises/registry';

export type ExerciseHostProps = {
  exercise: ExerciseStructure;
  strings: ExerciseStrings;
};

/**
 * Shows one exercise with the person's saved answer and autosaves every change: after a pause in
 * typing, when focus leaves a field, and before a step change (see StepScreen).
 */
export function ExerciseHost({ exercise, strings }: ExerciseHostProps) {
  const [answer, setAnswer] = useState<ExerciseAnswer | undefined>(() => answerStore.peek()?.get(exercise.id)?.answer);
  const write = useCallback(
    (value: ExerciseAnswer) => answerStore.save({ kind: 'course-answer', v: ANSWER_VERSION, exerciseId: exercise.id, answer: value, updatedAt: Date.now() }),
    [exercise.id],
  );
  const { schedule, flush } = useAutosave(write);
  const change = useCallback(
    (next: ExerciseAnswer) => {
      setAnswer(next);
      schedule(next);
    },
    [schedule],
  );
  // The registry pairs each type with its own component; the saved answer is passed only if it is
  // of the same type (content may change an exercise's type under a new id, never the same id).
  const Exercise = EXERCISE_COMPONENTS[exercise.type] as ComponentType<ExerciseProps<ExerciseType, ExerciseAnswer>>;

  return (
    <div className="course-exercise" onBlur={() => void flush()}>
      <Exercise exercise={exercise} strings={strings} value={answer?.type === exercise.type ? answer : undefined} onChange={change} />
    </div>
  );
}
