/**
 * Which day the check-in screen opens on when the person chose "Edit" in the history. Kept in
 * memory only: PRIVACY, a date never goes into the address, history state or storage in clear.
 */
let target: string | undefined;

export function setEditTarget(date: string | undefined): void {
  target = date;
}

/** The chosen day, once; the screen falls back to today afterwards. */
export function takeEditTarget(): string | undefined {
  const date = target;
  target = undefined;
  return date;
}
