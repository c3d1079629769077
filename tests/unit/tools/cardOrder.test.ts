import { describe, expect, it } from 'vitest';
import { cardsToFlip, moveItem } from '../../../src/features/tools/model/cardOrder';

describe('coping card order', () => {
  const cards = ['a', 'b', 'c', 'd'];

  it('moves a card up or down by one place', () => {
    expect(moveItem(cards, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(cards, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(cards, 3, -1)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('changes nothing when the move would leave the list, and never changes the input', () => {
    expect(moveItem(cards, 0, -1)).toEqual(cards);
    expect(moveItem(cards, 3, 1)).toEqual(cards);
    expect(moveItem(cards, 9, 1)).toEqual(cards);
    expect(cards).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a card moved down and up again is back in place; every card stays exactly once', () => {
    for (let i = 0; i < cards.length - 1; i += 1) expect(moveItem(moveItem(cards, i, 1), i + 1, -1)).toEqual(cards);
    let list = [...cards];
    for (const [index, delta] of [[0, 1], [1, 1], [2, 1], [3, -1], [1, -1]] as const) list = moveItem(list, index, delta);
    expect([...list].sort()).toEqual(cards);
  });

  it('flips through the cards with text, in the chosen order', () => {
    expect(cardsToFlip([{ text: 'one' }, { text: '  ' }, { text: 'two' }, { text: '' }])).toEqual([{ text: 'one' }, { text: 'two' }]);
  });
});
