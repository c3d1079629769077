import { describe, expect, test } from 'vitest';
import { announcementFor, formatClock, secondsLeft } from '../../../src/lib/countdown';

describe('formatClock', () => {
  test('shows minutes and two-digit seconds', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(60)).toBe('1:00');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-3)).toBe('0:00');
  });
});

describe('secondsLeft', () => {
  test('rounds up and never goes below zero', () => {
    expect(secondsLeft(10_000, 8_500)).toBe(2);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});

describe('announcementFor', () => {
  test('speaks at each whole minute and at 30 seconds, not every second', () => {
    expect(announcementFor(121, 120)).toEqual({ kind: 'minutes', minutes: 2 });
    expect(announcementFor(61, 60)).toEqual({ kind: 'minutes', minutes: 1 });
    expect(announcementFor(31, 30)).toEqual({ kind: 'seconds', seconds: 30 });
    expect(announcementFor(119, 118)).toBeNull();
    expect(announcementFor(45, 44)).toBeNull();
  });

  test('does not miss a boundary when a tick skips seconds (a throttled background tab)', () => {
    expect(announcementFor(65, 55)).toEqual({ kind: 'minutes', minutes: 1 });
  });

  test('leaves the end to the finished message', () => {
    expect(announcementFor(1, 0)).toBeNull();
  });
});
