/** Pure list moves for the coping cards (Move up / Move down), so the order rule is tested alone. */

/** The list with the item at `index` moved by `delta` places; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/** The cards worth flipping through: those with some text, in the person's order. */
export function cardsToFlip<T extends { text: string }>(cards: readonly T[]): T[] {
  return cards.filter((card) => card.text.trim() !== '');
}
