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

/**
 * One JSON line, written by hand because it runs a million times per study: every value is a
 * validated code, ISO week or number (no quote or backslash can occur); a test checks it equals
 * JSON.stringify.
 */
export function jsonLine(row: LongRow): string {
  const week = row.iso_week === null ? 'null' : `"${row.iso_week}"`;
  return `{"sid":${row.sid},"study_id":"${row.study_id}","language":"${row.language}","iso_week":${week},"item_id":"${row.item_id}","code":"${row.code}"}\n`;
}

/**
 * The same lines as `longRows` + `jsonLine`, one string per export: the CLI's hot path (building
 * a row object per line cost a third of a 100,000-file run). A test checks both agree.
 */
export function* longLines(contributions: Iterable<Contribution>): Generator<string> {
  let sid = 0;
  for (const c of contributions) {
    sid += 1;
    const prefix = `{"sid":${sid},"study_id":"${c.studyId}","language":"${c.language}","iso_week":`;
    let out = '';
    forEachWeek(c, (week, use, urge) => {
      if (use >= 0) out += `${prefix}"${week}","item_id":"useDaysBand","code":"${use}"}\n`;
      if (urge >= 0) out += `${prefix}"${week}","item_id":"urgeBand","code":"${urge}"}\n`;
    });
    for (const [item, value] of Object.entries(c.answers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const option of value) out += `${prefix}null,"item_id":"${item}","code":"${option}"}\n`;
      else out += `${prefix}null,"item_id":"${item}","code":"${String(value)}"}\n`;
    }
    yield out;
  }
}
