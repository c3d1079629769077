/**
 * The answer schema of every exercise type, keyed by type: what each exercise stores inside a
 * course answer (encrypted in the vault). Kept apart from the components so the data module never
 * imports a screen. A new exercise type adds its schema here and its component in registry.tsx.
 */
import { z } from '../../../lib/zod';
import type { ExerciseType } from '../../../content/moduleSchema';
import { answerKey, freeText, MAX_LIST, rating } from './answerParts';


// CardBuilder
export const card = z.strictObject({ front: freeText, back: freeText });

export const cardBuilderAnswerSchema = z.strictObject({
  type: z.literal('card-builder'),
  /** The content's maxCards is at most 30. */
  cards: z.array(card).max(30),
});
export type CardBuilderAnswer = z.infer<typeof cardBuilderAnswerSchema>;


// ChainPlan
export const chainPlanAnswerSchema = z.strictObject({
  type: z.literal('chain-plan'),
  links: z.record(answerKey, freeText),
});
export type ChainPlanAnswer = z.infer<typeof chainPlanAnswerSchema>;


// Checklist
export const checklistAnswerSchema = z.strictObject({
  type: z.literal('checklist'),
  selected: z.array(answerKey).max(MAX_LIST),
  /** "Something else", when the content allows one of the person's own. */
  other: freeText,
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;


// DecisionalBalance
export const QUADRANTS = ['continue-gains', 'continue-costs', 'stop-gains', 'stop-costs'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const entries = z.array(freeText).max(MAX_LIST);

export const decisionalBalanceAnswerSchema = z.strictObject({
  type: z.literal('decisional-balance'),
  quadrants: z.strictObject({
    'continue-gains': entries,
    'continue-costs': entries,
    'stop-gains': entries,
    'stop-costs': entries,
  }),
});
export type DecisionalBalanceAnswer = z.infer<typeof decisionalBalanceAnswerSchema>;


// IfThen
export const plan = z.strictObject({ situation: freeText, response: freeText });

export const ifThenAnswerSchema = z.strictObject({
  type: z.literal('if-then'),
  /** The content's maxPlans is at most 20. */
  plans: z.array(plan).max(20),
});
export type IfThenAnswer = z.infer<typeof ifThenAnswerSchema>;


// Journal
export const journalAnswerSchema = z.strictObject({
  type: z.literal('journal'),
  entries: z.record(answerKey, freeText),
});
export type JournalAnswer = z.infer<typeof journalAnswerSchema>;


// Quiz
export const questionAnswer = z.strictObject({
  selected: z.array(answerKey).max(50),
  /** The explanations are showing: at once for single choice, after "Check" for multiple choice. */
  checked: z.boolean(),
});

export const quizAnswerSchema = z.strictObject({
  type: z.literal('quiz'),
  answers: z.record(answerKey, questionAnswer),
});
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;


// Scale
export const scaleAnswerSchema = z.strictObject({
  type: z.literal('scale'),
  /** The content sets each item's range; values outside it are clamped when shown. */
  values: z.record(answerKey, z.number().int().min(-100).max(100)),
});
export type ScaleAnswer = z.infer<typeof scaleAnswerSchema>;


// ThoughtRecord
export const thoughtRecordAnswerSchema = z.strictObject({
  type: z.literal('thought-record'),
  situation: freeText,
  thought: freeText,
  feeling: freeText,
  feelingStrength: rating,
  evidenceFor: freeText,
  evidenceAgainst: freeText,
  balancedThought: freeText,
  feelingAfter: rating,
});
export type ThoughtRecordAnswer = z.infer<typeof thoughtRecordAnswerSchema>;


// Timer
export const timerAnswerSchema = z.strictObject({
  type: z.literal('timer'),
  before: rating,
  after: rating,
  /** How many times the person let the timer run to the end. */
  completed: z.number().int().min(0).max(100_000),
});
export type TimerAnswer = z.infer<typeof timerAnswerSchema>;


// UrgeLog
/** PRIVACY: a coarse band of the day, never a date or a clock time. */
export const TIME_BANDS = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeBand = (typeof TIME_BANDS)[number];

export const urgeEntry = z.strictObject({
  band: z.enum(TIME_BANDS).nullable(),
  intensity: rating,
  triggers: z.array(answerKey).max(50),
  whatIDid: freeText,
  howItWent: freeText,
});
export type UrgeEntry = z.infer<typeof urgeEntry>;

export const urgeLogAnswerSchema = z.strictObject({
  type: z.literal('urge-log'),
  entries: z.array(urgeEntry).max(MAX_LIST),
});
export type UrgeLogAnswer = z.infer<typeof urgeLogAnswerSchema>;


// Worksheet
export const worksheetAnswerSchema = z.strictObject({
  type: z.literal('worksheet'),
  fields: z.record(answerKey, freeText),
});
export type WorksheetAnswer = z.infer<typeof worksheetAnswerSchema>;

/** Every type's schema; `satisfies` makes a missing type a type error. */
export const ANSWER_SCHEMAS = {
  journal: journalAnswerSchema,
  scale: scaleAnswerSchema,
  checklist: checklistAnswerSchema,
  quiz: quizAnswerSchema,
  'decisional-balance': decisionalBalanceAnswerSchema,
  worksheet: worksheetAnswerSchema,
  'thought-record': thoughtRecordAnswerSchema,
  'chain-plan': chainPlanAnswerSchema,
  'if-then': ifThenAnswerSchema,
  'card-builder': cardBuilderAnswerSchema,
  'urge-log': urgeLogAnswerSchema,
  timer: timerAnswerSchema,
} satisfies { [T in ExerciseType]: z.ZodType<{ type: T }> };

export const exerciseAnswerSchema = z.discriminatedUnion('type', Object.values(ANSWER_SCHEMAS) as [(typeof ANSWER_SCHEMAS)[ExerciseType], ...Array<(typeof ANSWER_SCHEMAS)[ExerciseType]>]);
export type ExerciseAnswer = z.infer<typeof exerciseAnswerSchema>;
export type AnswerOf<T extends ExerciseType> = Extract<ExerciseAnswer, { type: T }>;
