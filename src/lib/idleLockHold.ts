/**
 * While a screen runs a timer the person is watching (an urge surf, the programme's timer), the
 * inactivity lock waits: sitting still is the point of the exercise. Hiding the page, leaving it
 * and every other lock still apply at once. Counted, so overlapping holds release cleanly.
 */
let holds = 0;

export function holdIdleLock(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
  };
}

export function isIdleLockHeld(): boolean {
  return holds > 0;
}
