import { describe, expect, it } from 'vitest';
import { Aggregator } from '../../../src/research/aggregate';
import { buildExport, compactText, exportText } from '../../../src/research/buildExport';
import { TRUTH, makeExports } from '../../../tools/make-exports/synthetic';
import { K_MIN } from '../../../src/research/items';
import { seededRandom } from '../../../src/research/random';
import type { Tables } from '../../../src/research/tables';

function valid(seq = 1, installId = 'BBBBBBBBBBBBBBBBBBBBBA', answers = {}) {
  return buildExport(
    { studyId: 'open-v1', installId, exportSeq: seq, exportWeek: '2026-W40', appVersion: '0.1', language: 'sv', weeks: [{ week: '2026-W39', useDays: 1, strongestUrge: 4 }], answers, memo: {} },
    seededRandom(seq),
  ).file;
}

describe('bad input is refused with its reason and never counted', () => {
  const good = valid();
  const text = exportText(good);
  const cases: Array<[string, string, string]> = [
    ['malformed JSON', text.slice(0, 40), 'notJson'],
    ['an empty file', '', 'empty'],
    ['only white space', '  \n', 'empty'],
    ['a JSON array', '[1,2]', 'notAnExport'],
    ['another format', JSON.stringify({ ...good, format: 'backup' }), 'notAnExport'],
    ['an unknown schema version', JSON.stringify({ ...good, schemaVersion: 2 }), 'unsupportedVersion'],
    ['an extra field', JSON.stringify({ ...good, deviceModel: 'Pixel' }), 'invalid'],
    ['an extra field deep inside', JSON.stringify({ ...good, app: { ...good.app, timeZone: 'Europe/Helsinki' } }), 'invalid'],
    ['a missing field', JSON.stringify({ ...good, installId: undefined }), 'invalid'],
    ['free text in an enum field', JSON.stringify({ ...good, answers: { useChange: 'I stopped after talking to my wife' } }), 'invalid'],
    ['free text in the study id', JSON.stringify({ ...good, studyId: 'my name is Matti' }), 'invalid'],
    ['an out-of-range band', JSON.stringify({ ...good, weekly: [{ weekOffset: -1, useDaysBand: 4 }] }), 'invalid'],
    ['a negative band', JSON.stringify({ ...good, weekly: [{ weekOffset: -1, urgeBand: -1 }] }), 'invalid'],
    ['a fractional band', JSON.stringify({ ...good, weekly: [{ weekOffset: -1, urgeBand: 1.5 }] }), 'invalid'],
    ['a repeated week', JSON.stringify({ ...good, weekly: [{ weekOffset: -1, urgeBand: 1 }, { weekOffset: -1, urgeBand: 0 }] }), 'invalid'],
    ['a week that does not exist', JSON.stringify({ ...good, exportWeek: '2025-W53' }), 'implausible'],
  ];

  for (const [name, input, reason] of cases) {
    it(`refuses ${name} (${reason})`, () => {
      const agg = new Aggregator();
      agg.addText(input);
      agg.addText(text);
      const { summary, log } = agg.finish();
      expect(log[0]).toMatchObject({ outcome: 'rejected', reason });
      expect(summary.byOutcome.accepted).toBe(1);
      // The reason names paths, never the values found there.
      expect(log[0]?.detail ?? '').not.toMatch(/Matti|wife|Pixel|Helsinki/);
    });
  }

  it('refuses a file over the size cap before reading it, and one whose text is over the cap', () => {
    const agg = new Aggregator(1024);
    expect(agg.addUnread(1024 * 1024 * 1024)).toBe('rejected');
    expect(agg.addUnread(0)).toBe('rejected');
    expect(agg.addText(`${text}${' '.repeat(2000)}`)).toBe('rejected');
    expect(agg.addText(text)).toBe('accepted');
    expect(agg.log.map((r) => r.reason)).toEqual(['tooLarge', 'empty', 'tooLarge', '']);
  });

  it('reads the compact one-line form like the file', () => {
    const agg = new Aggregator();
    expect(agg.addText(compactText(good))).toBe('accepted');
  });
});

describe('de-duplication', () => {
  it('drops identical files, keeps the highest sequence, and counts neither side of a conflict', () => {
    const agg = new Aggregator();
    const a1 = exportText(valid(1));
    const a2 = exportText(valid(2));
    expect(agg.addText(a1)).toBe('accepted');
    expect(agg.addText(a1)).toBe('duplicate');
    expect(agg.addText(a2)).toBe('accepted');
    expect(agg.addText(a1)).toBe('superseded');
    expect(agg.log[0]?.outcome).toBe('superseded');
    const b = exportText(valid(1, 'CCCCCCCCCCCCCCCCCCCCCA', { useChange: 'stopped' }));
    const bOther = exportText(valid(1, 'CCCCCCCCCCCCCCCCCCCCCA', { useChange: 'increased' }));
    expect(agg.addText(b)).toBe('accepted');
    expect(agg.addText(bOther)).toBe('conflict');
    expect(agg.log.at(-2)?.outcome).toBe('conflict');
    expect([...agg.contributions()]).toHaveLength(1);
    expect(agg.summary().byOutcome).toEqual({ accepted: 1, duplicate: 1, superseded: 2, conflict: 2, rejected: 0 });
  });
});

/** No published count (or count derivable from a published total) lies in 1…K−1. */
function expectSuppressed(tables: Tables) {
  const small = (n: number | null) => n !== null && n > 0 && n < K_MIN;
  for (const row of tables.strata) expect(small(row.n_exports)).toBe(false);
  const groups = new Map<string, { n: number | null; cells: Array<number | null> }>();
  for (const row of tables.weekly) {
    expect(small(row.n_reports) || small(row.observed)).toBe(false);
    const g = groups.get(`${row.iso_week}${row.item_id}`) ?? { n: row.n_reports, cells: [] };
    groups.set(`${row.iso_week}${row.item_id}`, { n: g.n, cells: [...g.cells, row.observed] });
  }
  for (const row of tables.feedback) {
    expect(small(row.n_answered) || small(row.count)).toBe(false);
    if (row.item_id === 'wouldChange' && row.count !== null && row.n_answered !== null) expect(small(row.n_answered - row.count)).toBe(false);
  }
  // Complementary suppression: a group never hides exactly one cell while showing its total.
  for (const { n, cells } of groups.values()) if (n !== null) expect(cells.filter((c) => c === null).length).not.toBe(1);
}

describe('aggregating a synthetic population with a known truth', () => {
  it('de-biased weekly shares cover the true shares at about the 95% rate, and suppression holds', () => {
    const { texts } = makeExports({ people: 3000, seed: 11 });
    const agg = new Aggregator();
    for (const t of texts) agg.addText(t);
    const { tables, summary } = agg.finish();
    expect(summary.byOutcome.accepted).toBe(3000);
    expect(summary.byOutcome.rejected).toBe(0);
    const rows = tables.weekly.filter((r) => r.n_reports !== null && r.n_reports > 2500);
    expect(rows.length).toBeGreaterThanOrEqual(3 * 7);
    let covered = 0;
    for (const row of rows) {
      const truth = TRUTH[row.item_id as keyof typeof TRUTH][row.code] ?? 0;
      if (truth >= (row.ci_low ?? 1) && truth <= (row.ci_high ?? 0)) covered += 1;
    }
    expect(covered / rows.length).toBeGreaterThan(0.8);
    expectSuppressed(tables);
  });

  it('suppression holds in every table of small and odd-sized studies', () => {
    for (const people of [1, 5, 9, 12, 25, 60]) {
      const agg = new Aggregator();
      for (const t of makeExports({ people, seed: people }).texts) agg.addText(t);
      const { tables } = agg.finish();
      expectSuppressed(tables);
      if (people < K_MIN) {
        expect(tables.strata.every((r) => r.suppressed === 1)).toBe(true);
        expect(tables.weekly.every((r) => r.suppressed === 1)).toBe(true);
        expect(tables.feedback.every((r) => r.suppressed === 1)).toBe(true);
      }
    }
  });

  it('collapses a rare language into "other"', () => {
    const agg = new Aggregator();
    for (let i = 0; i < 30; i += 1) agg.addText(exportText(valid(1, `${String(i).padStart(2, '0')}DDDDDDDDDDDDDDDDDDDA`)));
    const fi = buildExport({ studyId: 'open-v1', installId: 'EEEEEEEEEEEEEEEEEEEEEA', exportSeq: 1, exportWeek: '2026-W40', appVersion: '0.1', language: 'fi', weeks: [], answers: {}, memo: {} }, seededRandom(1));
    agg.addText(exportText(fi.file));
    const { tables } = agg.finish();
    expect(tables.strata.map((r) => r.language)).toEqual(['other', 'sv']);
    expect(tables.strata.find((r) => r.language === 'other')?.suppressed).toBe(1);
  });
});
