/**
 * Recognises Shift pressed three times in quick succession, the quick-exit shortcut. Any other
 * key in between starts the count again, so typing capitals never triggers it.
 */
export const TRIPLE_SHIFT_WINDOW_MS = 1200;

export type KeyPress = { key: string; repeat: boolean; timeStamp: number };

export function createTripleShiftDetector(windowMs = TRIPLE_SHIFT_WINDOW_MS): (press: KeyPress) => boolean {
  let presses: number[] = [];
  return (press) => {
    if (press.key !== 'Shift') {
      presses = [];
      return false;
    }
    if (press.repeat) return false;
    presses = [...presses.filter((t) => press.timeStamp - t <= windowMs), press.timeStamp];
    if (presses.length >= 3) {
      presses = [];
      return true;
    }
    return false;
  };
}
