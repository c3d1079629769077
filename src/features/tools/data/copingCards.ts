/**
 * The person's coping cards: one record holding the cards in the order they chose (small page '').
 * PRIVACY: the card text is the person's own words and lives only in the vault.
 * Version history: v1 is the first shape.
 */
import { z } from '../../../lib/zod';
import { MAX_TEXT } from '../../../lib/textLimits';
import { defineRecords } from '../../../storage/records';

export const CARDS_VERSION = 1;
export const CARDS_ID = 'cards';
export const MAX_CARDS = 30;

export const copingCardSchema = z.strictObject({
  id: z.string().min(1).max(64),
  text: z.string().max(MAX_TEXT),
});
export type CopingCard = z.infer<typeof copingCardSchema>;

export const copingCardsSchema = z.strictObject({
  kind: z.literal('coping-cards'),
  v: z.literal(CARDS_VERSION),
  id: z.literal(CARDS_ID),
  cards: z.array(copingCardSchema).max(MAX_CARDS),
});
export type CopingCards = z.infer<typeof copingCardsSchema>;

export const cardsStore = defineRecords({
  collection: 'tools-cards',
  schema: copingCardsSchema,
  idOf: (record) => record.id,
  spanOf: () => '',
});

export function cardsRecord(cards: readonly CopingCard[]): CopingCards {
  return { kind: 'coping-cards', v: CARDS_VERSION, id: CARDS_ID, cards: [...cards] };
}

/** Saves the cards in this order (cards with no text are kept while the person is writing). */
export function saveCards(cards: readonly CopingCard[]): Promise<void> {
  return cardsStore.save(cardsRecord(cards));
}
