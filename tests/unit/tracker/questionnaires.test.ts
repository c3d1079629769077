import { describe, expect, it } from 'vitest';
import { bandOf, dueOn, needsCrisisRoutes, scoreOf } from '../../../src/features/tracker/model/questionnaires';

const filled = (n: number, value: number) => Array.from({ length: n }, () => value);

describe('PHQ-9 (Kroenke, Spitzer & Williams 2001: 0–27; 5, 10, 15, 20 mark mild, moderate, moderately severe, severe)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('a total of %i is %s', (total, band) => {
    expect(bandOf('phq9', total)).toBe(band);
  });

  it('sums the nine items (all "nearly every day" is 27, severe)', () => {
    expect(scoreOf('phq9', filled(9, 3))).toEqual({ complete: true, total: 27, prorated: false, band: 'severe' });
    expect(scoreOf('phq9', [1, 1, 2, 0, 1, 0, 2, 0, 0])).toMatchObject({ complete: true, total: 7, band: 'mild' });
  });

  it('prorates with one or two items missing and marks three missing incomplete', () => {
    expect(scoreOf('phq9', [2, 2, 2, 2, 2, 2, 2, null, 0])).toEqual({ complete: true, total: 16, prorated: true, band: 'moderately-severe' });
    expect(scoreOf('phq9', [1, 1, 1, 1, 1, 1, 1, null, null])).toMatchObject({ complete: true, total: 9, prorated: true });
    expect(scoreOf('phq9', [1, 1, 1, 1, 1, 1, null, null, null])).toEqual({ complete: false, answered: 6 });
  });

  it('refuses answers outside 0–3 or of the wrong length', () => {
    expect(() => scoreOf('phq9', [4, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreOf('phq9', filled(8, 0))).toThrow(RangeError);
  });

  it('item 9 above 0 asks for crisis routes, whatever the total', () => {
    expect(needsCrisisRoutes('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe(true);
    expect(needsCrisisRoutes('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(true);
    expect(needsCrisisRoutes('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(needsCrisisRoutes('phq9', [3, 3, 3, 3, 3, 3, 3, 3, null])).toBe(false);
    expect(needsCrisisRoutes('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });
});

describe('GAD-7 (Spitzer et al. 2006: 0–21; 5, 10, 15 mark mild, moderate, severe)', () => {
  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [10, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('a total of %i is %s', (total, band) => {
    expect(bandOf('gad7', total)).toBe(band);
  });

  it('sums seven items, prorates one missing, marks two missing incomplete', () => {
    expect(scoreOf('gad7', filled(7, 3))).toMatchObject({ complete: true, total: 21, band: 'severe' });
    expect(scoreOf('gad7', [1, 2, 1, 2, 1, 2, null])).toMatchObject({ complete: true, total: 11, prorated: true, band: 'moderate' });
    expect(scoreOf('gad7', [1, 2, 1, 2, 1, null, null])).toEqual({ complete: false, answered: 5 });
  });
});

describe('WHO-5 (raw 0–25, times 4 is the percentage; below 13 poor wellbeing, 7 or less likely depression)', () => {
  it('gives the raw score and the percentage', () => {
    expect(scoreOf('who5', filled(5, 5))).toEqual({ complete: true, total: 25, prorated: false, band: 'good', percent: 100 });
    expect(scoreOf('who5', [3, 3, 2, 2, 2])).toEqual({ complete: true, total: 12, prorated: false, band: 'poor', percent: 48 });
    expect(scoreOf('who5', [2, 2, 1, 1, 1])).toMatchObject({ total: 7, band: 'likely-depression', percent: 28 });
    expect(scoreOf('who5', [3, 3, 3, 2, 2])).toMatchObject({ total: 13, band: 'good', percent: 52 });
  });

  it('is not scored with any item missing', () => {
    expect(scoreOf('who5', [5, 5, 5, 5, null])).toEqual({ complete: false, answered: 4 });
  });
});

describe('when a questionnaire is due', () => {
  it('is due at once the first time, then after the chosen number of weeks', () => {
    expect(dueOn(undefined, 2, '2026-11-27')).toBe('2026-11-27');
    expect(dueOn('2026-11-01', 2, '2026-11-27')).toBe('2026-11-15');
    expect(dueOn('2026-11-01', 4, '2026-11-27')).toBe('2026-11-29');
  });
});
