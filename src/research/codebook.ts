/**
 * The codebook (a REDCap-style data dictionary: one row per variable, choices as
 * `code, label | code, label`) and the Frictionless datapackage.json describing the CSVs.
 */
import { toCsv } from './csv';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, EPSILON_PER_VALUE, K_MIN, MODULES_DONE, MOST_HELPFUL, SOUGHT_HELP, USE_CHANGE, WEEKS_USING, WOULD_CHANGE } from './items';

type Entry = { variable: string; form: string; type: string; label: string; choices: string; note: string };

const list = (codes: readonly string[]) => codes.map((c) => `${c}, ${c}`).join(' | ');

export const CODEBOOK: readonly Entry[] = [
  { variable: 'useDaysBand', form: 'weekly', type: 'radio', label: 'Days with use in the week (randomised)', choices: '0, none | 1, 1-2 days | 2, 3-4 days | 3, 5-7 days', note: `Generalised randomised response, epsilon ${EPSILON_PER_VALUE} per value, k = 4; only de-biased estimates are meaningful` },
  { variable: 'urgeBand', form: 'weekly', type: 'radio', label: 'Strongest urge of the week (randomised)', choices: '0, 0-3 of 10 | 1, 4-6 of 10 | 2, 7-10 of 10', note: `Generalised randomised response, epsilon ${EPSILON_PER_VALUE} per value, k = 3; only de-biased estimates are meaningful` },
  { variable: 'useChange', form: 'feedback', type: 'radio', label: 'Change in own use since starting', choices: list(USE_CHANGE), note: 'Self-report, optional' },
  { variable: 'mostHelpful', form: 'feedback', type: 'radio', label: 'Most helpful part', choices: list(MOST_HELPFUL), note: 'Self-report, optional' },
  { variable: 'wouldChange', form: 'feedback', type: 'checkbox', label: 'What they would change', choices: list(WOULD_CHANGE), note: 'Several allowed; shares are of those who answered' },
  { variable: 'keepConfidence', form: 'feedback', type: 'radio', label: 'Confidence to keep the change', choices: Array.from({ length: CONFIDENCE_MAX - CONFIDENCE_MIN + 1 }, (_, i) => `${i + 1}, ${i + 1}`).join(' | '), note: '1 = not at all, 5 = very' },
  { variable: 'soughtHelp', form: 'feedback', type: 'radio', label: 'Sought other help', choices: list(SOUGHT_HELP), note: 'Self-report, optional' },
  { variable: 'weeksUsing', form: 'feedback', type: 'radio', label: 'Weeks using the programme', choices: list(WEEKS_USING), note: 'Self-report band' },
  { variable: 'modulesDone', form: 'feedback', type: 'radio', label: 'Modules finished', choices: list(MODULES_DONE), note: 'Self-report band' },
  { variable: 'language', form: 'strata', type: 'radio', label: 'Language of the app', choices: 'fi, Finnish | sv, Swedish | en, English | other, fewer than 10 exports', note: `Languages with fewer than ${K_MIN} exports are collapsed into other` },
];

export function codebookCsv(): string {
  const rows = CODEBOOK.map((e) => ({
    'Variable / Field Name': e.variable,
    'Form Name': e.form,
    'Field Type': e.type,
    'Field Label': e.label,
    'Choices, Calculations, OR Slider Labels': e.choices,
    'Field Note': e.note,
    'Identifier?': '',
  }));
  return toCsv(rows, ['Variable / Field Name', 'Form Name', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels', 'Field Note', 'Identifier?']);
}

export const TABLE_COLUMNS = {
  strata: ['study_id', 'language', 'n_exports', 'suppressed'],
  weekly: ['study_id', 'iso_week', 'item_id', 'code', 'n_reports', 'observed', 'est_count', 'est_share', 'se', 'ci_low', 'ci_high', 'share_clipped', 'suppressed'],
  feedback: ['study_id', 'item_id', 'value', 'n_answered', 'count', 'share', 'suppressed'],
  ingest: ['file_index', 'content_hash', 'outcome', 'reason', 'detail'],
} as const;

export const FILE_NAMES = { strata: 'strata.csv', weekly: 'weekly_bands.csv', feedback: 'feedback_items.csv', ingest: 'ingest_log.csv', codebook: 'codebook.csv', datapackage: 'datapackage.json', rows: 'rows.jsonl' } as const;

const NUMBER = new Set(['n_exports', 'suppressed', 'code', 'n_reports', 'observed', 'n_answered', 'count', 'file_index']);
const DECIMAL = new Set(['est_count', 'est_share', 'se', 'ci_low', 'ci_high', 'share_clipped', 'share']);

export function datapackage(): Record<string, unknown> {
  const resources = (['strata', 'weekly', 'feedback', 'ingest'] as const).map((name) => ({
    name: name === 'weekly' ? 'weekly_bands' : name === 'feedback' ? 'feedback_items' : name === 'ingest' ? 'ingest_log' : name,
    path: FILE_NAMES[name],
    format: 'csv',
    encoding: 'utf-8',
    schema: {
      fields: TABLE_COLUMNS[name].map((f) => ({ name: f, type: NUMBER.has(f) ? 'integer' : DECIMAL.has(f) ? 'number' : 'string' })),
      missingValues: [''],
    },
  }));
  return { name: 'feedback-aggregate', profile: 'tabular-data-package', resources };
}
