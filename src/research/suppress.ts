/**
 * Small-cell suppression for published tables: no count from 1 to K−1 may be shown or derived.
 * Zero is shown. A group whose total is under K is hidden whole (the denominator obeys the rule);
 * when exactly one cell of a group is hidden, the next smallest is hidden too, so the hidden one
 * cannot be recovered by subtracting the others from the total.
 */
import { K_MIN } from './items';

export function isSmall(count: number, k: number = K_MIN): boolean {
  return count > 0 && count < k;
}

/** Which cells of one group (cells that sum to `total`) must be hidden. */
export function suppressGroup(counts: readonly number[], k: number = K_MIN): boolean[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (isSmall(total, k)) return counts.map(() => true);
  const hidden = counts.map((c) => isSmall(c, k));
  if (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && (pick === -1 || c < (counts[pick] ?? Infinity))) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return hidden;
}

/** For an option of a multi-choice item: both "chose it" and "did not" are counts of people. */
export function suppressOption(chosen: number, answered: number, k: number = K_MIN): boolean {
  return isSmall(answered, k) || isSmall(chosen, k) || isSmall(answered - chosen, k);
}
