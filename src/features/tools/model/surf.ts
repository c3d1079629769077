/**
 * Pure helpers for the urge-surf timer: the clock text, the time left, and which part of the wave
 * the guidance speaks about. (The programme's own timer exercise has similar helpers; features
 * never import each other, so the tools keep their own small copy.)
 */

/** "4:05" for 245 seconds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Whole seconds left from the end time and now (never negative, rounded up). */
export function secondsLeft(endAt: number, now: number): number {
  return Math.max(0, Math.ceil((endAt - now) / 1000));
}

export type WavePart = 'settle' | 'rise' | 'peak' | 'pass' | 'end';

/**
 * Where the guidance is on the wave, from the share of the time gone: settle in, notice it rise,
 * stay with the peak, watch it pass. The same shape for 5 and 15 minutes.
 */
export function wavePart(total: number, left: number): WavePart {
  if (left <= 0) return 'end';
  const gone = (total - left) / total;
  if (gone < 0.15) return 'settle';
  if (gone < 0.4) return 'rise';
  if (gone < 0.65) return 'peak';
  return 'pass';
}
