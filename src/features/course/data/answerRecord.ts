/**
 * The stored form of one exercise answer: which exercise, the answer itself (one schema per
 * exercise type, each beside its component), and when it last changed. Kept encrypted in the
 * vault's 'answers' collection. PRIVACY: answers hold only what the person typed or chose.
 */
import { z } from '../../../lib/zod';
import { contentId } from '../../../content/moduleSchema';
import { cardBuilderAnswerSchema } from '../exercises/CardBuilderExercise';
import { chainPlanAnswerSchema } from '../exercises/ChainPlanExercise';
import { checklistAnswerSchema } from '../exercises/ChecklistExercise';
import { decisionalBalanceAnswerSchema } from '../exercises/DecisionalBalanceExercise';
import { ifThenAnswerSchema } from '../exercises/IfThenExercise';
import { journalAnswerSchema } from '../exercises/JournalExercise';
import { quizAnswerSchema } from '../exercises/QuizExercise';
import { scaleAnswerSchema } from '../exercises/ScaleExercise';
import { thoughtRecordAnswerSchema } from '../exercises/ThoughtRecordExercise';
import { timerAnswerSchema } from '../exercises/TimerExercise';
import { urgeLogAnswerSchema } from '../exercises/UrgeLogExercise';
import { worksheetAnswerSchema } from '../exercises/WorksheetExercise';

export const exerciseAnswerSchema = z.discriminatedUnion('type', [
  journalAnswerSchema,
  scaleAnswerSchema,
  checklistAnswerSchema,
  quizAnswerSchema,
  decisionalBalanceAnswerSchema,
  worksheetAnswerSchema,
  thoughtRecordAnswerSchema,
  chainPlanAnswerSchema,
  ifThenAnswerSchema,
  cardBuilderAnswerSchema,
  urgeLogAnswerSchema,
  timerAnswerSchema,
]);
export type ExerciseAnswer = z.infer<typeof exerciseAnswerSchema>;

export const storedAnswerSchema = z.strictObject({
  kind: z.literal('course-answer'),
  exerciseId: contentId,
  answer: exerciseAnswerSchema,
  updatedAt: z.number().int().nonnegative(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;
