/** The urge-surf guidance follows the wave; the tools' record schemas refuse impossible values. */
import { describe, expect, it } from 'vitest';
import { copingCardsSchema, cardsRecord, MAX_CARDS } from '../../../src/features/tools/data/copingCards';
import { emptyPlan, safetyPlanSchema } from '../../../src/features/tools/data/safetyPlan';
import { localDay, newSession, surfSessionSchema } from '../../../src/features/tools/data/surfSessions';
import { formatClock, secondsLeft } from '../../../src/lib/countdown';
import { wavePart } from '../../../src/features/tools/model/surf';
import { outsideCopySchema } from '../../../src/storage/outsideCopy';

describe('urge-surf guidance', () => {
  it('settles, rises, peaks and passes in the same shape for 5 and 15 minutes', () => {
    for (const minutes of [5, 15]) {
      const total = minutes * 60;
      const parts = [total, total * 0.9, total * 0.7, total * 0.5, total * 0.2, 0].map((left) => wavePart(total, left));
      expect(parts).toEqual(['settle', 'settle', 'rise', 'peak', 'pass', 'end']);
    }
  });

  it('shows the clock in whole seconds, never below zero', () => {
    expect(formatClock(300)).toBe('5:00');
    expect(formatClock(61.2)).toBe('1:02');
    expect(formatClock(-3)).toBe('0:00');
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});

describe('tools records', () => {
  it('a surf session keeps the day, length and two ratings only; out-of-range values are refused', () => {
    const session = newSession(15, 8, new Date(2026, 0, 31, 23, 59));
    expect(session.day).toBe('2026-01-31');
    expect(surfSessionSchema.parse(session)).toEqual(session);
    expect(Object.keys(session).sort()).toEqual(['after', 'before', 'completed', 'day', 'id', 'kind', 'minutes', 'v']);
    expect(surfSessionSchema.safeParse({ ...session, before: 11 }).success).toBe(false);
    expect(surfSessionSchema.safeParse({ ...session, after: -1 }).success).toBe(false);
    expect(surfSessionSchema.safeParse({ ...session, minutes: 10 }).success).toBe(false);
    for (const day of ['2026-13-01', '2026-02-29', '2026-04-31', '26-01-01']) expect(surfSessionSchema.safeParse({ ...session, day }).success, day).toBe(false);
    expect(surfSessionSchema.safeParse({ ...session, day: '2028-02-29' }).success).toBe(true);
    expect(surfSessionSchema.safeParse({ ...session, time: '23:59' }).success).toBe(false);
    expect(localDay(new Date(2026, 11, 1))).toBe('2026-12-01');
  });

  it('cards and plan refuse unknown fields and too many items', () => {
    expect(copingCardsSchema.safeParse(cardsRecord([{ id: 'a', text: 'x' }])).success).toBe(true);
    const many = Array.from({ length: MAX_CARDS + 1 }, (_, i) => ({ id: String(i), text: 'x' }));
    expect(copingCardsSchema.safeParse(cardsRecord(many)).success).toBe(false);
    const plan = emptyPlan('FI');
    expect(safetyPlanSchema.parse(plan)).toEqual(plan);
    expect(safetyPlanSchema.safeParse({ ...plan, country: 'Finland' }).success).toBe(false);
    expect(safetyPlanSchema.safeParse({ ...plan, outsideCopy: false, extra: 1 }).success).toBe(false);
    // The plaintext copy holds lines and numbers only: no other field fits.
    expect(outsideCopySchema.safeParse({ v: 1, sections: [], lines: [], country: 'FI' }).success).toBe(false);
    expect(outsideCopySchema.safeParse({ v: 1, sections: [], lines: [{ name: 'x', display: '112', dial: 'tel:112' }] }).success).toBe(false);
  });
});
