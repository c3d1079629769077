/**
 * Questionnaire answers (PHQ-9, GAD-7, WHO-5) and the person's choice of how often to fill them
 * in. Answers are stored as given; totals and bands are computed on reading (model/questionnaires),
 * so a corrected scoring rule applies to old answers too. One page per year.
 */
import { z } from '../../../lib/zod';
import { defineRecords } from '../../../storage/records';
import { randomId } from '../../../vault/random';
import { isRealDay } from '../model/dates';
import { DEFINITIONS, FREQUENCY_WEEKS, MEASURES, isValidAnswer, type Answers, type FrequencyWeeks, type Measure } from '../model/questionnaires';

export const QUESTIONNAIRE_VERSION = 1;

export const questionnaireSchema = z
  .strictObject({
    kind: z.literal('tracker-questionnaire'),
    v: z.literal(QUESTIONNAIRE_VERSION),
    id: z.string().min(1).max(64),
    measure: z.enum(MEASURES),
    date: z.string().refine(isRealDay, 'date'),
    answers: z.array(z.number().int().nullable()).max(9),
  })
  .refine((q) => q.answers.length === DEFINITIONS[q.measure].items && q.answers.every((a) => isValidAnswer(q.measure, a)), 'answers');
export type QuestionnaireRecord = z.infer<typeof questionnaireSchema>;

export const questionnaireStore = defineRecords({
  collection: 'tracker-questionnaires',
  schema: questionnaireSchema,
  idOf: (q) => q.id,
  spanOf: (q) => q.date.slice(0, 4),
});

export function newQuestionnaire(measure: Measure, date: string, answers: Answers): QuestionnaireRecord {
  return { kind: 'tracker-questionnaire', v: QUESTIONNAIRE_VERSION, id: randomId(), measure, date, answers: [...answers] };
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
