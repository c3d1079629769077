/**
 * The feedback questionnaire's answers and the export state, both in the `feedback` collection
 * (small page ''). The state holds the per-study random install id, how many exports were made,
 * and the randomised weekly codes already sent (memoised so a later export repeats them).
 * PRIVACY: all of it stays in the vault; only what the person chooses to save leaves, as a file.
 * Version history: v1 is the first shape of both.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { answersSchema, INSTALL_ID_PATTERN } from '../../../research/exportSchema';
import { STUDY_IDS } from '../../../research/items';

export const FEEDBACK_VERSION = 1;

const answersRecord = z.strictObject({
  kind: z.literal('feedback-answers'),
  v: z.literal(FEEDBACK_VERSION),
  id: z.literal('answers'),
  answers: answersSchema,
});

const stateRecord = z.strictObject({
  kind: z.literal('feedback-state'),
  v: z.literal(FEEDBACK_VERSION),
  id: z.literal('state'),
  studyId: z.enum(STUDY_IDS),
  installId: z.string().regex(INSTALL_ID_PATTERN),
  exportSeq: z.int().min(0).max(9999),
  memo: z.record(z.string().max(32), z.int().min(0).max(9)),
});

export const feedbackRecordSchema = z.discriminatedUnion('kind', [answersRecord, stateRecord]);
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;
export type AnswersRecord = z.infer<typeof answersRecord>;
export type ExportState = z.infer<typeof stateRecord>;

export const feedbackStore = defineRecords<FeedbackRecord>({
  collection: 'feedback',
  schema: feedbackRecordSchema,
  idOf: (record) => record.id,
  spanOf: () => '',
});

export function answersRecordOf(answers: AnswersRecord['answers']): AnswersRecord {
  return { kind: 'feedback-answers', v: FEEDBACK_VERSION, id: 'answers', answers };
}

export function readAnswers(records: ReadonlyMap<string, FeedbackRecord>): AnswersRecord['answers'] {
  const record = records.get('answers');
  return record?.kind === 'feedback-answers' ? record.answers : {};
}

export function readState(records: ReadonlyMap<string, FeedbackRecord>): ExportState | undefined {
  const record = records.get('state');
  return record?.kind === 'feedback-state' ? record : undefined;
}
