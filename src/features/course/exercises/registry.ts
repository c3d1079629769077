/**
 * Exercise type -> the component that shows it. With answerSchemas.ts (type -> what it stores),
 * this is the whole list of exercise types; `satisfies` makes a missing type a type error.
 */
import type { ComponentType } from 'react';
import type { ExerciseType } from '../../../content/moduleSchema';
import type { AnswerOf } from './answerSchemas';
import type { ExerciseProps } from './answerParts';
import { CardBuilderExercise } from './CardBuilderExercise';
import { ChainPlanExercise } from './ChainPlanExercise';
import { ChecklistExercise } from './ChecklistExercise';
import { DecisionalBalanceExercise } from './DecisionalBalanceExercise';
import { IfThenExercise } from './IfThenExercise';
import { JournalExercise } from './JournalExercise';
import { QuizExercise } from './QuizExercise';
import { ScaleExercise } from './ScaleExercise';
import { ThoughtRecordExercise } from './ThoughtRecordExercise';
import { TimerExercise } from './TimerExercise';
import { UrgeLogExercise } from './UrgeLogExercise';
import { WorksheetExercise } from './WorksheetExercise';

export const EXERCISE_COMPONENTS = {
  journal: JournalExercise,
  scale: ScaleExercise,
  checklist: ChecklistExercise,
  quiz: QuizExercise,
  'decisional-balance': DecisionalBalanceExercise,
  worksheet: WorksheetExercise,
  'thought-record': ThoughtRecordExercise,
  'chain-plan': ChainPlanExercise,
  'if-then': IfThenExercise,
  'card-builder': CardBuilderExercise,
  'urge-log': UrgeLogExercise,
  timer: TimerExercise,
} satisfies { [T in ExerciseType]: ComponentType<ExerciseProps<T, AnswerOf<T>>> };
