/**
 * Export schema v1: the whole contents of an anonymous feedback file. Only literals, enums,
 * bounded integers, ISO weeks and a random install id; every object is strict (no extra keys),
 * every array bounded. No free text, no dates, no device details, no vault ids can fit.
 * The committed JSON Schema (export-schema-v1.json) is generated from this and checked by a test.
 */
import { z } from '../lib/zod';
import {
  CONFIDENCE_MAX,
  CONFIDENCE_MIN,
  EPSILON_PER_VALUE,
  EXPORT_FORMAT,
  LANGUAGES,
  MODULES_DONE,
  MOST_HELPFUL,
  PROFILE,
  QUESTIONNAIRE_ID,
  SCHEMA_VERSION,
  SOUGHT_HELP,
  STUDY_IDS,
  USE_CHANGE,
  USE_DAYS_BANDS,
  URGE_BANDS,
  WEEKS_BACK,
  WEEKS_USING,
  WOULD_CHANGE,
} from './items';

export const INSTALL_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const isoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/).max(8);
const band = (k: number) => z.int().min(0).max(k - 1);

export const weeklyEntrySchema = z.strictObject({
  /** Weeks before the export week: -1 is the last full week. */
  weekOffset: z.int().min(-WEEKS_BACK).max(-1),
  useDaysBand: band(USE_DAYS_BANDS).optional(),
  urgeBand: band(URGE_BANDS).optional(),
});

export const answersSchema = z.strictObject({
  useChange: z.enum(USE_CHANGE).optional(),
  mostHelpful: z.enum(MOST_HELPFUL).optional(),
  wouldChange: z.array(z.enum(WOULD_CHANGE)).max(WOULD_CHANGE.length).optional(),
  keepConfidence: z.int().min(CONFIDENCE_MIN).max(CONFIDENCE_MAX).optional(),
  soughtHelp: z.enum(SOUGHT_HELP).optional(),
  weeksUsing: z.enum(WEEKS_USING).optional(),
  modulesDone: z.enum(MODULES_DONE).optional(),
});

export const exportV1Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  studyId: z.enum(STUDY_IDS),
  /** 128 random bits, base64url; per study, resettable, derived from nothing about the person. */
  installId: z.string().regex(INSTALL_ID_PATTERN).max(22),
  /** Counts this install's exports, so the aggregator keeps the latest. */
  exportSeq: z.int().min(1).max(9999),
  exportWeek: isoWeek,
  app: z.strictObject({
    version: z.string().regex(/^\d{1,3}\.\d{1,3}$/).max(7),
    language: z.enum(LANGUAGES),
  }),
  privacy: z.strictObject({
    profile: z.literal(PROFILE),
    mechanism: z.literal('grr'),
    epsilonPerValue: z.literal(EPSILON_PER_VALUE),
  }),
  /** Already randomised codes, one entry per past week that has data. */
  weekly: z.array(weeklyEntrySchema).max(WEEKS_BACK),
  questionnaireId: z.literal(QUESTIONNAIRE_ID),
  answers: answersSchema,
});
export type ExportV1 = z.infer<typeof exportV1Schema>;
export type WeeklyEntry = z.infer<typeof weeklyEntrySchema>;
export type Answers = z.infer<typeof answersSchema>;

/**
 * Rules JSON Schema cannot say, checked after the shape: each week once, no repeated choice,
 * a week entry carries at least one value.
 */
export function consistencyProblem(value: ExportV1): string | undefined {
  const offsets = value.weekly.map((w) => w.weekOffset);
  if (new Set(offsets).size !== offsets.length) return 'weekly.weekOffset repeated';
  if (value.weekly.some((w) => w.useDaysBand === undefined && w.urgeBand === undefined)) return 'weekly entry without values';
  const chosen = value.answers.wouldChange ?? [];
  if (new Set(chosen).size !== chosen.length) return 'answers.wouldChange repeated';
  return undefined;
}

/** The JSON Schema committed beside this file (researchers can validate files with any validator). */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportV1Schema, { target: 'draft-2020-12' }),
    $id: 'export-schema-v1.json',
    title: 'Anonymous feedback export, schema version 1',
  } as Record<string, unknown>;
}
