/** Pure helpers for every countdown (the course's timer, the urge surf): clock text, time left, and when to tell a screen reader the time. */

/** "4:05" for 245 seconds. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds left, from the end time and now (never negative, whole seconds rounded up). */
export function secondsLeft(endAt: number, now: number): number {
  return Math.max(0, Math.ceil((endAt - now) / 1000));
}

export type Announcement = { kind: 'minutes'; minutes: number } | { kind: 'seconds'; seconds: number } | null;

/**
 * What to announce politely when the countdown moves from `before` to `after` seconds left:
 * each whole minute and the last 30 seconds, not every second (that would drown out everything).
 */
export function announcementFor(before: number, after: number): Announcement {
  if (after <= 0 || after >= before) return null;
  for (let s = before - 1; s >= after; s -= 1) {
    if (s % 60 === 0) return { kind: 'minutes', minutes: s / 60 };
    if (s === 30) return { kind: 'seconds', seconds: 30 };
  }
  return null;
}
