/**
 * Tidy long tables from the counted contributions: explicit zero rows for every code, de-biased
 * estimates with 95% confidence intervals for the randomised weekly items, rare languages
 * collapsed into "other", and small cells suppressed (suppress.ts) in every table.
 */
import { estimate, grrParams } from './grr';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, EPSILON_PER_VALUE, K_MIN, RANDOMISED_ITEMS, SINGLE_CHOICE_ITEMS, WOULD_CHANGE, type SingleChoiceItem } from './items';
import { suppressGroup, suppressOption } from './suppress';
import { forEachWeek, type Contribution } from './contribution';

export type StratumRow = { study_id: string; language: string; n_exports: number | null; suppressed: 0 | 1 };
export type WeeklyRow = {
  study_id: string;
  iso_week: string;
  item_id: string;
  code: number;
  n_reports: number | null;
  observed: number | null;
  est_count: number | null;
  est_share: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  share_clipped: number | null;
  suppressed: 0 | 1;
};
export type FeedbackRow = { study_id: string; item_id: string; value: string; n_answered: number | null; count: number | null; share: number | null; suppressed: 0 | 1 };
export type Tables = { strata: StratumRow[]; weekly: WeeklyRow[]; feedback: FeedbackRow[] };

const CONFIDENCE_CODES = Array.from({ length: CONFIDENCE_MAX - CONFIDENCE_MIN + 1 }, (_, i) => String(CONFIDENCE_MIN + i));
const FEEDBACK_CODES: Record<string, readonly string[]> = { ...SINGLE_CHOICE_ITEMS, keepConfidence: CONFIDENCE_CODES };

function bump<K>(map: Map<K, number[]>, key: K, size: number, index: number): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = new Array<number>(size).fill(0)));
  counts[index] = (counts[index] ?? 0) + 1;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function buildTables(contributions: Iterable<Contribution>): Tables {
  const languages = new Map<string, Map<string, number>>();
  const weekly = new Map<string, number[]>(); // `${study}|${week}|${item}`
  const single = new Map<string, number[]>(); // `${study}|${item}`
  const multi = new Map<string, number[]>(); // `${study}` -> [answered, ...per option]
  for (const c of contributions) {
    const langs = languages.get(c.studyId) ?? new Map<string, number>();
    languages.set(c.studyId, langs.set(c.language, (langs.get(c.language) ?? 0) + 1));
    forEachWeek(c, (week, use, urge) => {
      if (use >= 0) bump(weekly, `${c.studyId}|${week}|useDaysBand`, RANDOMISED_ITEMS.useDaysBand, use);
      if (urge >= 0) bump(weekly, `${c.studyId}|${week}|urgeBand`, RANDOMISED_ITEMS.urgeBand, urge);
    });
    for (const [item, codes] of Object.entries(FEEDBACK_CODES)) {
      const raw = c.answers[item as SingleChoiceItem | 'keepConfidence'];
      if (raw === undefined) continue;
      bump(single, `${c.studyId}|${item}`, codes.length, codes.indexOf(String(raw)));
    }
    if (c.answers.wouldChange) {
      const counts = multi.get(c.studyId) ?? new Array<number>(WOULD_CHANGE.length + 1).fill(0);
      counts[0] = (counts[0] ?? 0) + 1;
      for (const option of c.answers.wouldChange) {
        const i = WOULD_CHANGE.indexOf(option) + 1;
        counts[i] = (counts[i] ?? 0) + 1;
      }
      multi.set(c.studyId, counts);
    }
  }
  return { strata: strataRows(languages), weekly: weeklyRows(weekly), feedback: feedbackRows(single, multi) };
}

function strataRows(languages: Map<string, Map<string, number>>): StratumRow[] {
  const rows: StratumRow[] = [];
  for (const [study, counts] of [...languages].sort()) {
    // Rare strata become "other" so a lone language cannot single anyone out.
    const collapsed = new Map<string, number>();
    for (const [lang, n] of counts) {
      const key = n < K_MIN ? 'other' : lang;
      collapsed.set(key, (collapsed.get(key) ?? 0) + n);
    }
    const entries = [...collapsed].sort(([a], [b]) => a.localeCompare(b));
    const hidden = suppressGroup(entries.map(([, n]) => n));
    entries.forEach(([language, n], i) => rows.push({ study_id: study, language, n_exports: hidden[i] ? null : n, suppressed: hidden[i] ? 1 : 0 }));
  }
  return rows;
}

function weeklyRows(counts: Map<string, number[]>): WeeklyRow[] {
  const rows: WeeklyRow[] = [];
  for (const [key, observed] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const [study = '', week = '', item = ''] = key.split('|');
    const k = RANDOMISED_ITEMS[item as keyof typeof RANDOMISED_ITEMS];
    const n = observed.reduce((a, b) => a + b, 0);
    const hidden = suppressGroup(observed);
    const estimates = estimate(observed, grrParams(k, EPSILON_PER_VALUE));
    for (const e of estimates) {
      const h = hidden[e.code] === true;
      rows.push({
        study_id: study,
        iso_week: week,
        item_id: item,
        code: e.code,
        n_reports: hidden.every(Boolean) ? null : n,
        observed: h ? null : e.observed,
        est_count: h ? null : round(e.estCount),
        est_share: h ? null : round(e.estShare),
        se: h ? null : round(e.se),
        ci_low: h ? null : round(e.ciLow),
        ci_high: h ? null : round(e.ciHigh),
        share_clipped: h ? null : round(e.shareClipped),
        suppressed: h ? 1 : 0,
      });
    }
  }
  return rows;
}

function feedbackRows(single: Map<string, number[]>, multi: Map<string, number[]>): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  for (const [key, counts] of [...single].sort(([a], [b]) => a.localeCompare(b))) {
    const [study = '', item = ''] = key.split('|');
    const codes = FEEDBACK_CODES[item] ?? [];
    const n = counts.reduce((a, b) => a + b, 0);
    const hidden = suppressGroup(counts);
    codes.forEach((value, i) => {
      const h = hidden[i] === true;
      const count = counts[i] ?? 0;
      rows.push({ study_id: study, item_id: item, value, n_answered: hidden.every(Boolean) ? null : n, count: h ? null : count, share: h ? null : round(count / n), suppressed: h ? 1 : 0 });
    });
  }
  for (const [study, counts] of [...multi].sort(([a], [b]) => a.localeCompare(b))) {
    const answered = counts[0] ?? 0;
    WOULD_CHANGE.forEach((value, i) => {
      const count = counts[i + 1] ?? 0;
      const h = suppressOption(count, answered);
      rows.push({ study_id: study, item_id: 'wouldChange', value, n_answered: answered < K_MIN ? null : answered, count: h ? null : count, share: h ? null : round(count / answered), suppressed: h ? 1 : 0 });
    });
  }
  return rows;
}
