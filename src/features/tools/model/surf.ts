/**
 * Which part of the wave the urge-surf guidance speaks about. The clock text and the time left
 * come from src/lib/countdown.ts, shared with the programme's timer exercise.
 */

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
