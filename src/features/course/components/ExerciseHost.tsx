import { useCallback, useState } from 'react';
import type { ExerciseStrings, ExerciseStructure } from '../../../content/moduleSchema';
import type { ExerciseAnswer } from '../data/answerRecord';
import { answerStore } from '../data/courseRecords';
import { CardBuilderExercise } from '../exercises/CardBuilderExercise';
import { ChainPlanExercise } from '../exercises/ChainPlanExercise';
import { ChecklistExercise } from '../exercises/ChecklistExercise';
import { DecisionalBalanceExercise } from '../exercises/DecisionalBalanceExercise';
import { IfThenExercise } from '../exercises/IfThenExercise';
import { JournalExercise } from '../exercises/JournalExercise';
import { QuizExercise } from '../exercises/QuizExercise';
import { ScaleExercise } from '../exercises/ScaleExercise';
import { ThoughtRecordExercise } from '../exercises/ThoughtRecordExercise';
import { TimerExercise } from '../exercises/TimerExercise';
import { UrgeLogExercise } from '../exercises/UrgeLogExercise';
import { WorksheetExercise } from '../exercises/WorksheetExercise';
import { useAutosave } from '../hooks/useAutosave';

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
    (value: ExerciseAnswer) => answerStore.save({ kind: 'course-answer', exerciseId: exercise.id, answer: value, updatedAt: Date.now() }),
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

  return (
    <div className="course-exercise" onBlur={() => void flush()}>
      {renderExercise(exercise, strings, answer, change)}
    </div>
  );
}

function renderExercise(
  exercise: ExerciseStructure,
  strings: ExerciseStrings,
  answer: ExerciseAnswer | undefined,
  onChange: (next: ExerciseAnswer) => void,
) {
  const common = { strings, onChange };
  switch (exercise.type) {
    case 'journal':
      return <JournalExercise {...common} exercise={exercise} value={answer?.type === 'journal' ? answer : undefined} />;
    case 'scale':
      return <ScaleExercise {...common} exercise={exercise} value={answer?.type === 'scale' ? answer : undefined} />;
    case 'checklist':
      return <ChecklistExercise {...common} exercise={exercise} value={answer?.type === 'checklist' ? answer : undefined} />;
    case 'quiz':
      return <QuizExercise {...common} exercise={exercise} value={answer?.type === 'quiz' ? answer : undefined} />;
    case 'decisional-balance':
      return (
        <DecisionalBalanceExercise
          {...common}
          exercise={exercise}
          value={answer?.type === 'decisional-balance' ? answer : undefined}
        />
      );
    case 'worksheet':
      return <WorksheetExercise {...common} exercise={exercise} value={answer?.type === 'worksheet' ? answer : undefined} />;
    case 'thought-record':
      return <ThoughtRecordExercise {...common} exercise={exercise} value={answer?.type === 'thought-record' ? answer : undefined} />;
    case 'chain-plan':
      return <ChainPlanExercise {...common} exercise={exercise} value={answer?.type === 'chain-plan' ? answer : undefined} />;
    case 'if-then':
      return <IfThenExercise {...common} exercise={exercise} value={answer?.type === 'if-then' ? answer : undefined} />;
    case 'card-builder':
      return <CardBuilderExercise {...common} exercise={exercise} value={answer?.type === 'card-builder' ? answer : undefined} />;
    case 'urge-log':
      return <UrgeLogExercise {...common} exercise={exercise} value={answer?.type === 'urge-log' ? answer : undefined} />;
    case 'timer':
      return <TimerExercise {...common} exercise={exercise} value={answer?.type === 'timer' ? answer : undefined} />;
  }
}
