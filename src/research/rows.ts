/**
 * The internal long form as JSON Lines, one row per (export, item, period), for engines that
 * take over when a study outgrows one machine (DuckDB, Spark). Install ids are dropped: each
 * export gets a surrogate number for this run only. Codes are strings so every engine reads one
 * column type.
 */
import { forEachWeek, type Contribution } from './contribution';

export type LongRow = { sid: number; study_id: string; language: string; iso_week: string | null; item_id: string; code: string };

export function* longRows(contributions: Iterable<Contribution>): Generator<LongRow> {
  let sid = 0;
  for (const c of contributions) {
    sid += 1;
    const base = { sid, study_id: c.studyId, language: c.language };
    const weeks: LongRow[] = [];
    forEachWeek(c, (week, use, urge) => {
      if (use >= 0) weeks.push({ ...base, iso_week: week, item_id: 'useDaysBand', code: String(use) });
      if (urge >= 0) weeks.push({ ...base, iso_week: week, item_id: 'urgeBand', code: String(urge) });
    });
    yield* weeks;
    for (const [item, value] of Object.entries(c.answers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const option of value) yield { ...base, iso_week: null, item_id: item, code: option };
      else yield { ...base, iso_week: null, item_id: item, code: String(value) };
    }
  }
}

export function jsonLine(row: LongRow): string {
  return `${JSON.stringify(row)}\n`;
}
