/** Building blocks shared by the answer schemas of the exercise types. */
import { z } from '../../../lib/zod';
import type { ExerciseStrings, ExerciseStructure, ExerciseType } from '../../../content/moduleSchema';
import { MAX_TEXT } from '../../../lib/textLimits';

/** What a person writes in one field. */
export const freeText = z.string().max(MAX_TEXT);
/** A content id used as a key inside an answer (prompt, option, field, link, tag). */
export const answerKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100);
/** A 0–10 rating, null until chosen. */
export const rating = z.number().int().min(0).max(10).nullable();
/** Lists a person grows (entries, plans, cards, log entries) are bounded. */
export const MAX_LIST = 200;

export type ExerciseOf<T extends ExerciseType> = Extract<ExerciseStructure, { type: T }>;

export type ExerciseProps<T extends ExerciseType, A> = {
  exercise: ExerciseOf<T>;
  strings: ExerciseStrings;
  /** The saved answer, or undefined before the person has written anything. */
  value: A | undefined;
  onChange: (next: A) => void;
};
