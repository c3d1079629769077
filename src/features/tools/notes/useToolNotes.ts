/**
 * The tools' part of "My notes": each coping card (in the person's own order; cards keep no date)
 * opening the cards tool, and each step of the safety plan that has entries, opening the plan.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteItem, NotesState } from '../../../lib/noteItem';
import { CARDS_ID, cardsStore, type CopingCards } from '../data/copingCards';
import { PLAN_ID, PLAN_STEPS, planStore, type PlanStep, type SafetyPlan } from '../data/safetyPlan';
import { useRecords } from '../hooks/useRecords';

type Translate = (key: 'tools.cards' | 'tools.card' | 'tools.plan', options?: Record<string, unknown>) => string;

/** Pure: notes from the cards and the safety plan. */
export function toolNotes(cards: CopingCards | undefined, plan: SafetyPlan | undefined, stepTitle: (step: PlanStep) => string, t: Translate): NoteItem[] {
  const cardGroup = { id: 'tools-cards', label: t('tools.cards') };
  const planGroup = { id: 'tools-plan', label: t('tools.plan') };
  const fromCards = (cards?.cards ?? [])
    .filter((card) => card.text.trim() !== '')
    .map(
      (card, i): NoteItem => ({
        key: `card:${card.id}`,
        group: cardGroup,
        title: t('tools.card', { number: i + 1 }),
        text: card.text.trim(),
        updatedAt: null,
        href: '/tools/cards',
      }),
    );
  const fromPlan = plan
    ? PLAN_STEPS.map((step): NoteItem | undefined => {
        const text = plan.steps[step].map((entry) => entry.trim()).filter(Boolean).join('\n');
        return text ? { key: `plan:${step}`, group: planGroup, title: stepTitle(step), text, updatedAt: null, href: '/tools/plan' } : undefined;
      }).filter((n): n is NoteItem => n !== undefined)
    : [];
  return [...fromCards, ...fromPlan];
}

export function useToolNotes(): NotesState {
  const { t } = useTranslation(['notes', 'tools']);
  const cards = useRecords(cardsStore);
  const plan = useRecords(planStore);
  return useMemo((): NotesState => {
    if (cards.status === 'error' || plan.status === 'error') return { status: 'error' };
    if (cards.status !== 'ready' || plan.status !== 'ready') return { status: 'loading' };
    return {
      status: 'ready',
      items: toolNotes(cards.records.get(CARDS_ID), plan.records.get(PLAN_ID), (step) => t(`tools:plan.steps.${step}.title`), (key, options) => t(`notes:${key}`, { ...options })),
    };
  }, [cards, plan, t]);
}
