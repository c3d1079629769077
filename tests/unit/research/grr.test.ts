import { describe, expect, it } from 'vitest';
import { buildExport, type ExportInput } from '../../../src/research/buildExport';
import { estimate, grrParams, randomise } from '../../../src/research/grr';
import { addWeeks, isoWeekOf, isRealIsoWeek } from '../../../src/research/isoWeek';
import { newInstallId, randomBelow, seededRandom } from '../../../src/research/random';

describe('generalised randomised response', () => {
  it('p/q is e^epsilon, and p + (k-1)q = 1', () => {
    for (const [k, eps] of [[2, Math.log(3)], [3, 1], [4, 1], [4, 2]] as const) {
      const { p, q } = grrParams(k, eps);
      expect(p / q).toBeCloseTo(Math.exp(eps), 10);
      expect(p + (k - 1) * q).toBeCloseTo(1, 12);
    }
    expect(grrParams(2, Math.log(3)).p).toBeCloseTo(0.75, 12);
  });

  it('de-biased estimates sum to n and their 95% intervals cover the truth at about the stated rate', () => {
    const random = seededRandom(20261127);
    const truth = [0.55, 0.25, 0.12, 0.08];
    const params = grrParams(4, 1);
    const n = 2000;
    const trials = 200;
    let covered = 0;
    let cells = 0;
    for (let t = 0; t < trials; t += 1) {
      const counts = [0, 0, 0, 0];
      for (let i = 0; i < n; i += 1) {
        const u = random() / 2 ** 32;
        const value = u < 0.55 ? 0 : u < 0.8 ? 1 : u < 0.92 ? 2 : 3;
        const reported = randomise(value, params, random);
        counts[reported] = (counts[reported] ?? 0) + 1;
      }
      const est = estimate(counts, params);
      expect(est.reduce((a, e) => a + e.estCount, 0)).toBeCloseTo(n, 6);
      est.forEach((e, code) => {
        cells += 1;
        if ((truth[code] ?? 0) >= e.ciLow && (truth[code] ?? 0) <= e.ciHigh) covered += 1;
      });
    }
    const rate = covered / cells;
    // 800 intervals at 95%: the rate lies within ±2.5 points with overwhelming probability.
    expect(rate).toBeGreaterThan(0.925);
    expect(rate).toBeLessThan(0.975);
  });

  it('draws other codes uniformly and never leaves the code range', () => {
    const random = seededRandom(7);
    const params = grrParams(3, 1);
    const seen = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) {
      const r = randomise(0, params, random);
      seen[r] = (seen[r] ?? 0) + 1;
    }
    expect(seen[0]! / 30_000).toBeCloseTo(params.p, 1);
    expect(Math.abs(seen[1]! - seen[2]!) / 30_000).toBeLessThan(0.02);
    expect(() => randomise(3, params, random)).toThrow(RangeError);
  });

  it('rejection sampling stays in range and install ids are 22 base64url characters', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 1000; i += 1) expect(randomBelow(random, 7)).toBeLessThan(7);
    const ids = new Set(Array.from({ length: 200 }, () => newInstallId(random)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{21}[AQgw]$/);
  });
});

describe('ISO weeks', () => {
  it('knows year boundaries and 53-week years', () => {
    expect(isoWeekOf(new Date(2026, 0, 1))).toBe('2026-W01');
    expect(isoWeekOf(new Date(2021, 0, 3))).toBe('2020-W53');
    expect(addWeeks('2021-W01', -1)).toBe('2020-W53');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(isRealIsoWeek('2025-W53')).toBe(false);
    expect(isRealIsoWeek('2026-W53')).toBe(true);
    expect(isRealIsoWeek('2020-W53')).toBe(true);
  });
});

describe('building an export', () => {
  const input: ExportInput = {
    studyId: 'open-v1',
    installId: 'AAAAAAAAAAAAAAAAAAAAAA',
    exportSeq: 1,
    exportWeek: '2026-W40',
    appVersion: '0.1',
    language: 'fi',
    weeks: [
      { week: '2026-W39', useDays: 3, strongestUrge: 8 },
      { week: '2026-W38', useDays: null, strongestUrge: 1 },
      { week: '2026-W30', useDays: 7, strongestUrge: 9 },
    ],
    answers: { useChange: 'decreased', wouldChange: [] },
    memo: {},
  };

  it('randomises each weekly value once and repeats the memoised code in every later export', () => {
    const first = buildExport(input, seededRandom(1));
    expect(first.file.weekly.map((w) => w.weekOffset)).toEqual([-1, -2]);
    expect(first.file.weekly[1]).not.toHaveProperty('useDaysBand');
    expect(Object.keys(first.memo).sort()).toEqual(['2026-W38:urgeBand', '2026-W39:urgeBand', '2026-W39:useDaysBand']);
    // Any other randomness, even an edit of the week, gives the same codes again.
    for (let seed = 2; seed < 30; seed += 1) {
      const again = buildExport({ ...input, exportSeq: 2, memo: first.memo, weeks: [{ week: '2026-W39', useDays: 0, strongestUrge: 0 }] }, seededRandom(seed));
      expect(again.file.weekly).toEqual(first.file.weekly);
    }
  });

  it('keeps only the answers given and leaves out an empty choice list', () => {
    const { file } = buildExport(input, seededRandom(1));
    expect(file.answers).toEqual({ useChange: 'decreased' });
    expect(file.privacy).toEqual({ profile: 'weekly-v1', mechanism: 'grr', epsilonPerValue: 1 });
  });

  it('refuses to build a file the schema would refuse', () => {
    expect(() => buildExport({ ...input, installId: 'short' }, seededRandom(1))).toThrow();
    expect(() => buildExport({ ...input, answers: { wouldChange: ['audio', 'audio'] } }, seededRandom(1))).toThrow(/repeated/);
  });
});
