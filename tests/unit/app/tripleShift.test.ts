import { describe, expect, it } from 'vitest';
import { createTripleShiftDetector } from '../../../src/lib/tripleShift';

const shift = (timeStamp: number, repeat = false) => ({ key: 'Shift', repeat, timeStamp });

describe('the Shift-three-times shortcut', () => {
  it('fires on the third quick press', () => {
    const detect = createTripleShiftDetector(1000);
    expect([detect(shift(0)), detect(shift(200)), detect(shift(400))]).toEqual([false, false, true]);
  });

  it('does not fire when the presses are slow', () => {
    const detect = createTripleShiftDetector(1000);
    expect([detect(shift(0)), detect(shift(700)), detect(shift(1400))]).toEqual([false, false, false]);
  });

  it('does not fire while typing capitals (another key in between)', () => {
    const detect = createTripleShiftDetector(1000);
    detect(shift(0));
    detect({ key: 'A', repeat: false, timeStamp: 50 });
    detect(shift(100));
    expect(detect(shift(200))).toBe(false);
  });

  it('ignores a held-down Shift', () => {
    const detect = createTripleShiftDetector(1000);
    expect([detect(shift(0)), detect(shift(30, true)), detect(shift(60, true))]).toEqual([false, false, false]);
  });
});
