import { describe, expect, it } from 'vitest';
import { checkinSchema, emptyCheckin, isEmptyCheckin, type Checkin } from '../../../src/features/tracker/data/checkinRecord';
import { isRealDay, isoWeekKey, weekStart } from '../../../src/features/tracker/model/dates';
import { checkinProblems, dateProblem } from '../../../src/features/tracker/model/validation';
import { baseline, newWeeklyReview, prefillWeek, summariseUse, weeklySummaries } from '../../../src/features/tracker/model/weekly';

const TODAY = '2026-11-27';
const day = (date: string, change: Partial<Checkin> = {}): Checkin => ({ ...emptyCheckin(date), ...change });
const byDate = (list: Checkin[]) => new Map(list.map((c) => [c.date, c]));

describe('check-in validation', () => {
  it('refuses impossible, future and very old dates', () => {
    expect(isRealDay('2026-02-30')).toBe(false);
    expect(isRealDay('2026-13-01')).toBe(false);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(dateProblem('2026-02-30', TODAY)).toBe('date-invalid');
    expect(dateProblem('27.11.2026', TODAY)).toBe('date-invalid');
    expect(dateProblem('2026-11-28', TODAY)).toBe('date-future');
    expect(dateProblem('2024-01-01', TODAY)).toBe('date-too-old');
    expect(dateProblem(TODAY, TODAY)).toBeUndefined();
    expect(dateProblem('2026-01-01', TODAY)).toBeUndefined();
  });

  it('refuses values outside their scales', () => {
    expect(checkinProblems(day(TODAY, { urge: 11 }), TODAY)).toEqual(['out-of-range']);
    expect(checkinProblems(day(TODAY, { mood: -1 }), TODAY)).toEqual(['out-of-range']);
    expect(checkinProblems(day(TODAY, { stress: 2.5 }), TODAY)).toEqual(['out-of-range']);
    expect(checkinSchema.safeParse(day(TODAY, { urgeCount: '5' as never })).success).toBe(false);
    expect(checkinProblems(day(TODAY, { urge: 10, mood: 0, urgeCount: '4+', used: 'skip' }), TODAY)).toEqual([]);
  });

  it('refuses the same own tag twice', () => {
    expect(checkinProblems(day(TODAY, { ownTriggers: ['Work', 'work'] }), TODAY)).toEqual(['duplicate-tag']);
  });

  it('every item is optional: an empty check-in is valid and known to be empty', () => {
    expect(checkinSchema.safeParse(emptyCheckin(TODAY)).success).toBe(true);
    expect(isEmptyCheckin(emptyCheckin(TODAY))).toBe(true);
    expect(isEmptyCheckin(day(TODAY, { mood: 5 }))).toBe(false);
  });
});

describe('weeks', () => {
  it('knows ISO weeks across a year end', () => {
    expect(weekStart('2026-11-27')).toBe('2026-11-23');
    expect(isoWeekKey('2026-11-27')).toBe('2026-W48');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
  });

  it('prefills the weekly review from the past seven days of check-ins', () => {
    const checkins = byDate([day('2026-11-21', { used: 'yes' }), day('2026-11-22', { used: 'no' }), day('2026-11-25', { used: 'yes' }), day('2026-11-26', { used: 'skip' }), day('2026-11-20', { used: 'yes' })]);
    expect(prefillWeek(checkins, TODAY)).toEqual({ useDays: 2, answeredDays: 3 });
    const review = newWeeklyReview(checkins, TODAY);
    expect(review).toMatchObject({ week: '2026-W48', endsOn: TODAY, useDays: 2, timeBand: null, confidence: null });
  });

  it('leaves the days empty when no check-in answered the question, and sets the time to none after a week without use', () => {
    expect(prefillWeek(byDate([day('2026-11-26', { used: 'skip', mood: 3 })]), TODAY)).toEqual({ useDays: null, answeredDays: 0 });
    expect(newWeeklyReview(byDate([day('2026-11-26', { used: 'no' })]), TODAY)).toMatchObject({ useDays: 0, timeBand: '0' });
  });

  it('counts days since the last reported use, never a streak, and notices a recent lapse', () => {
    const checkins = byDate([day('2026-11-10', { used: 'yes' }), day('2026-11-26', { used: 'no' })]);
    expect(summariseUse(checkins, TODAY)).toMatchObject({ lastUse: '2026-11-10', daysSinceLastUse: 17, recentLapse: false, thisWeek: { checkins: 1, useDays: 0 } });
    const lapse = byDate([day('2026-11-25', { used: 'yes' })]);
    expect(summariseUse(lapse, TODAY)).toMatchObject({ daysSinceLastUse: 2, recentLapse: true, thisWeek: { checkins: 1, useDays: 1 } });
    expect(summariseUse(new Map(), TODAY)).toMatchObject({ lastUse: undefined, recentLapse: false });
  });

  it('summarises calendar weeks with the first two as the baseline', () => {
    const checkins = byDate([day('2026-11-02', { urge: 8, mood: 2 }), day('2026-11-04', { urge: 6, mood: 4, used: 'yes' }), day('2026-11-10', { urge: 4, mood: 6 }), day('2026-11-24', { urge: 1, mood: 8 })]);
    const weeks = weeklySummaries(checkins, TODAY);
    expect(weeks.map((w) => w.start)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weeks[0]).toEqual({ start: '2026-11-02', checkins: 2, useDays: 1, urgeMean: 7, moodMean: 3 });
    expect(weeks[2]).toMatchObject({ checkins: 0, urgeMean: null });
    expect(baseline(weeks)).toEqual({ urge: 5.5, mood: 4.5 });
  });
});
