/** The part of an accepted export that the tables count: no install id, weeks made absolute. */
import { addWeeks } from './isoWeek';
import type { Answers, ExportV1 } from './exportSchema';

/** What one accepted export adds to the tables (no install id). */
export type Contribution = {
  studyId: string;
  language: string;
  appVersion: string;
  /** [iso week, use days band or −1, urge band or −1] */
  weekly: Array<[string, number, number]>;
  answers: Answers;
};

/** Week arithmetic is the costliest step per file; exports share a handful of weeks, so remember them. */
const weekCache = new Map<string, string>();
function weekAt(exportWeek: string, offset: number): string {
  const key = `${exportWeek}${offset}`;
  let week = weekCache.get(key);
  if (week === undefined) {
    week = addWeeks(exportWeek, offset);
    if (weekCache.size > 10_000) weekCache.clear();
    weekCache.set(key, week);
  }
  return week;
}

export function contributionOf(file: ExportV1): Contribution {
  return {
    studyId: file.studyId,
    language: file.app.language,
    appVersion: file.app.version,
    weekly: file.weekly.map((w) => [weekAt(file.exportWeek, w.weekOffset), w.useDaysBand ?? -1, w.urgeBand ?? -1]),
    answers: file.answers,
  };
}

