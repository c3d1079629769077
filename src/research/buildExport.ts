/**
 * Builds an export from coarse, typed values the feature hands over (RULE: research never sees
 * free text or vault records). Each weekly value is randomised the first time it is exported and
 * the randomised code is memoised per (week, item): every later export repeats it, so exporting
 * again gives nothing new to average away (RAPPOR's permanent randomised response). A memoised
 * code is kept even if the person later edits that week, for the same reason.
 */
import { addWeeks } from './isoWeek';
import { grrParams, randomise } from './grr';
import {
  EPSILON_PER_VALUE,
  EXPORT_FORMAT,
  PROFILE,
  QUESTIONNAIRE_ID,
  RANDOMISED_ITEMS,
  SCHEMA_VERSION,
  WEEKS_BACK,
  urgeBand,
  useDaysBand,
  type RandomisedItem,
  type StudyId,
} from './items';
import { consistencyProblem, exportV1Schema, type Answers, type ExportV1, type WeeklyEntry } from './exportSchema';
import type { RandomSource } from './random';

/** What the person's tracker says about one week: numbers only. */
export type WeekTruth = { week: string; useDays: number | null; strongestUrge: number | null };

/** Randomised codes already sent, by `${week}:${item}`. */
export type NoiseMemo = Readonly<Record<string, number>>;

export type ExportInput = {
  studyId: StudyId;
  installId: string;
  exportSeq: number;
  exportWeek: string;
  appVersion: string;
  language: 'fi' | 'sv' | 'en';
  weeks: readonly WeekTruth[];
  answers: Answers;
  memo: NoiseMemo;
};

export function memoKey(week: string, item: RandomisedItem): string {
  return `${week}:${item}`;
}

export function buildExport(input: ExportInput, random: RandomSource): { file: ExportV1; memo: Record<string, number> } {
  const memo: Record<string, number> = { ...input.memo };
  const truthByWeek = new Map(input.weeks.map((w) => [w.week, w]));
  const weekly: WeeklyEntry[] = [];
  for (let offset = -1; offset >= -WEEKS_BACK; offset -= 1) {
    const week = addWeeks(input.exportWeek, offset);
    const truth = truthByWeek.get(week);
    const values: Partial<Record<RandomisedItem, number>> = {};
    const trueCodes: Record<RandomisedItem, number | null> = {
      useDaysBand: truth?.useDays == null ? null : useDaysBand(truth.useDays),
      urgeBand: truth?.strongestUrge == null ? null : urgeBand(truth.strongestUrge),
    };
    for (const item of Object.keys(RANDOMISED_ITEMS) as RandomisedItem[]) {
      const key = memoKey(week, item);
      const remembered = memo[key];
      if (remembered !== undefined) values[item] = remembered;
      else {
        const code = trueCodes[item];
        if (code === null) continue;
        const noisy = randomise(code, grrParams(RANDOMISED_ITEMS[item], EPSILON_PER_VALUE), random);
        memo[key] = noisy;
        values[item] = noisy;
      }
    }
    if (values.useDaysBand !== undefined || values.urgeBand !== undefined) weekly.push({ weekOffset: offset, ...values });
  }
  const file = exportV1Schema.parse({
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    studyId: input.studyId,
    installId: input.installId,
    exportSeq: input.exportSeq,
    exportWeek: input.exportWeek,
    app: { version: input.appVersion, language: input.language },
    privacy: { profile: PROFILE, mechanism: 'grr', epsilonPerValue: EPSILON_PER_VALUE },
    weekly,
    questionnaireId: QUESTIONNAIRE_ID,
    answers: dropEmpty(input.answers),
  });
  // Fail closed: a file that breaks a rule is never offered.
  const problem = consistencyProblem(file);
  if (problem) throw new Error(`export refused: ${problem}`);
  return { file, memo };
}

function dropEmpty(answers: Answers): Answers {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as Answers;
}

/** Pretty JSON for the file and the preview: what is shown is byte for byte what is saved. */
export function exportText(file: ExportV1): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One line for pasting into a study's survey form; the aggregator reads it like a file. */
export function compactText(file: ExportV1): string {
  return JSON.stringify(file);
}

/** A neutral file name: no app, no topic, no time of day. */
export function exportFileName(file: ExportV1): string {
  return `export-${file.exportWeek}-${file.exportSeq}.json`;
}
