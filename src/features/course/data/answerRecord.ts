/**
 * The stored form of one exercise answer: which exercise, the answer itself (one schema per
 * exercise type, see exercises/answerSchemas.ts), and when it last changed. Kept encrypted in the
 * `course-answers` pages, one page per module. PRIVACY: answers hold only what the person typed or
 * chose. Version history: v1 added `v` (records written before it carry no version).
 */
import { z } from '../../../lib/zod';
import { contentId } from '../../../content/moduleSchema';
import { exerciseAnswerSchema } from '../exercises/answerSchemas';

export const ANSWER_VERSION = 1;

export const storedAnswerSchema = z.strictObject({
  kind: z.literal('course-answer'),
  v: z.literal(ANSWER_VERSION),
  exerciseId: contentId,
  answer: exerciseAnswerSchema,
  updatedAt: z.number().int().nonnegative(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

/** Pure: an answer stored by an older version, in today's shape (unknown input passes through). */
export function upgradeAnswer(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || 'v' in stored) return stored;
  return { ...stored, v: ANSWER_VERSION };
}
