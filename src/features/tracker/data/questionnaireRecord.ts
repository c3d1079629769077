/**
 * Questionnaire answers (PHQ-9, GAD-7, WHO-5) and the person's choice of how often to fill them
 * in. Answers are stored as given; totals and bands are computed on reading (model/questionnaires),
 * so a corrected scoring rule applies to old answers too. One page per year.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { randomId } from '../../../vault/random';
import { isRealDay } from '../model/dates';
import { DEFINITIONS, DIFFICULTY_VALUES, FREQUENCY_WEEKS, MEASURES, asksDifficulty, isValidAnswer, type Answers, type Difficulty, type FrequencyWeeks, type Measure } from '../model/questionnaires';

export const QUESTIONNAIRE_VERSION = 1;

export const questionnaireSchema = z
  .strictObject({
    kind: z.literal('tracker-questionnaire'),
    v: z.literal(QUESTIONNAIRE_VERSION),
    id: z.string().min(1).max(64),
    measure: z.enum(MEASURES),
    date: z.string().refine(isRealDay, 'date'),
    answers: z.array(z.number().int().nullable()).max(9),
    /**
     * PHQ-9's difficulty question, unscored; absent when not asked or not answered. Optional, so
     * answers saved before it was asked still read as version 1.
     */
    difficulty: z.union(DIFFICULTY_VALUES.map((d) => z.literal(d)) as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]).optional(),
  })
  .refine((q) => q.answers.length === DEFINITIONS[q.measure].items && q.answers.every((a) => isValidAnswer(q.measure, a)), 'answers')
  .refine((q) => q.difficulty === undefined || asksDifficulty(q.measure, q.answers), 'difficulty');
export type QuestionnaireRecord = z.infer<typeof questionnaireSchema>;

export const questionnaireStore = defineRecords({
  collection: 'tracker-questionnaires',
  schema: questionnaireSchema,
  idOf: (q) => q.id,
  spanOf: (q) => q.date.slice(0, 4),
});

/** The difficulty answer is kept only when the question was asked (a problem checked off). */
export function newQuestionnaire(measure: Measure, date: string, answers: Answers, difficulty: Difficulty | null = null): QuestionnaireRecord {
  const record: QuestionnaireRecord = { kind: 'tracker-questionnaire', v: QUESTIONNAIRE_VERSION, id: randomId(), measure, date, answers: [...answers] };
  return difficulty !== null && asksDifficulty(measure, answers) ? { ...record, difficulty } : record;
}

export const TRACKER_SETTINGS_VERSION = 1;

export const trackerSettingsSchema = z.strictObject({
  kind: z.literal('tracker-settings'),
  v: z.literal(TRACKER_SETTINGS_VERSION),
  id: z.literal('main'),
  questionnaireWeeks: z.union(FREQUENCY_WEEKS.map((w) => z.literal(w)) as [z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>]),
});
export type TrackerSettings = z.infer<typeof trackerSettingsSchema>;

export const trackerSettingsStore = defineRecords({
  collection: 'tracker-settings',
  schema: trackerSettingsSchema,
  idOf: (s) => s.id,
  spanOf: () => '',
});

export function settingsWith(weeks: FrequencyWeeks): TrackerSettings {
  return { kind: 'tracker-settings', v: TRACKER_SETTINGS_VERSION, id: 'main', questionnaireWeeks: weeks };
}

export const DEFAULT_SETTINGS = settingsWith(2);
