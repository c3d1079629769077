/** The part of an accepted export that the tables count: no install id, weeks made absolute. */
import { addWeeks } from './isoWeek';
import type { Answers, ExportV1 } from './exportSchema';

/** What one accepted export adds to the tables (no install id). */
export type Contribution = {
  studyId: string;
  language: string;
  appVersion: string;
  exportWeek: string;
  /** Flat triples (week offset, use days band or −1, urge band or −1): small integers keep 100,000 of these small in memory. */
  weekly: number[];
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
    exportWeek: file.exportWeek,
    weekly: file.weekly.flatMap((w) => [w.weekOffset, w.useDaysBand ?? -1, w.urgeBand ?? -1]),
    answers: file.answers,
  };
}


/** Each week of a contribution: its ISO week and the two codes (−1 where absent). */
export function forEachWeek(c: Contribution, visit: (week: string, use: number, urge: number) => void): void {
  for (let i = 0; i + 2 < c.weekly.length; i += 3) visit(weekAt(c.exportWeek, c.weekly[i] ?? 0), c.weekly[i + 1] ?? -1, c.weekly[i + 2] ?? -1);
}
