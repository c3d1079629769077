/**
 * A hand-written check of schema v1 for the aggregator's hot path: zod (jitless, as the app's CSP
 * requires) costs most of a file's time. It only ever says "certainly valid"; anything it does not
 * accept goes through the zod schema, which stays the single authority and gives the reasons.
 * tests/unit/research/fastCheck.test.ts proves on mutated files that it accepts nothing zod refuses.
 */
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
import { INSTALL_ID_PATTERN } from './exportSchema';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const oneOf = (v: unknown, list: readonly string[]) => typeof v === 'string' && list.includes(v);

function onlyKeys(o: Obj, allowed: readonly string[], required: readonly string[]): boolean {
  for (const key in o) if (!allowed.includes(key) || o[key] === undefined) return false;
  for (const key of required) if (!(key in o)) return false;
  return true;
}

const TOP = ['format', 'schemaVersion', 'studyId', 'installId', 'exportSeq', 'exportWeek', 'app', 'privacy', 'weekly', 'questionnaireId', 'answers'];
const WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
const VERSION = /^\d{1,3}\.\d{1,3}$/;
const SINGLE: Array<[string, readonly string[]]> = [
  ['useChange', USE_CHANGE],
  ['mostHelpful', MOST_HELPFUL],
  ['soughtHelp', SOUGHT_HELP],
  ['weeksUsing', WEEKS_USING],
  ['modulesDone', MODULES_DONE],
];
const ANSWER_KEYS = ['useChange', 'mostHelpful', 'wouldChange', 'keepConfidence', 'soughtHelp', 'weeksUsing', 'modulesDone'];

export function certainlyValidV1(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, TOP, TOP)) return false;
  if (v.format !== EXPORT_FORMAT || v.schemaVersion !== SCHEMA_VERSION || !oneOf(v.studyId, STUDY_IDS)) return false;
  if (typeof v.installId !== 'string' || !INSTALL_ID_PATTERN.test(v.installId)) return false;
  if (!isInt(v.exportSeq, 1, 9999) || typeof v.exportWeek !== 'string' || !WEEK.test(v.exportWeek)) return false;
  const app = v.app;
  if (!isObj(app) || !onlyKeys(app, ['version', 'language'], ['version', 'language'])) return false;
  if (typeof app.version !== 'string' || !VERSION.test(app.version) || !oneOf(app.language, LANGUAGES)) return false;
  const privacy = v.privacy;
  if (!isObj(privacy) || !onlyKeys(privacy, ['profile', 'mechanism', 'epsilonPerValue'], ['profile', 'mechanism', 'epsilonPerValue'])) return false;
  if (privacy.profile !== PROFILE || privacy.mechanism !== 'grr' || privacy.epsilonPerValue !== EPSILON_PER_VALUE) return false;
  if (!Array.isArray(v.weekly) || v.weekly.length > WEEKS_BACK) return false;
  for (const w of v.weekly as unknown[]) {
    if (!isObj(w) || !onlyKeys(w, ['weekOffset', 'useDaysBand', 'urgeBand'], ['weekOffset'])) return false;
    if (!isInt(w.weekOffset, -WEEKS_BACK, -1)) return false;
    if ('useDaysBand' in w && !isInt(w.useDaysBand, 0, USE_DAYS_BANDS - 1)) return false;
    if ('urgeBand' in w && !isInt(w.urgeBand, 0, URGE_BANDS - 1)) return false;
  }
  if (v.questionnaireId !== QUESTIONNAIRE_ID) return false;
  const a = v.answers;
  if (!isObj(a) || !onlyKeys(a, ANSWER_KEYS, [])) return false;
  for (const [key, list] of SINGLE) if (key in a && !oneOf(a[key], list)) return false;
  if ('keepConfidence' in a && !isInt(a.keepConfidence, CONFIDENCE_MIN, CONFIDENCE_MAX)) return false;
  if ('wouldChange' in a) {
    const chosen = a.wouldChange;
    if (!Array.isArray(chosen) || chosen.length > WOULD_CHANGE.length) return false;
    for (const option of chosen as unknown[]) if (!oneOf(option, WOULD_CHANGE)) return false;
  }
  return true;
}
