/**
 * "My plan" (/course/plan) through the real course route and a real vault: an empty state per
 * section that links to the exercise, then the person's own answers from m04, m05, m06, m08, m11
 * and m12, decrypted again from IndexedDB, in one summary; other answers stay out of it.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, test, vi } from 'vitest';
import { ANSWER_VERSION } from '../../../src/features/course/data/answerRecord';
import { answerStore } from '../../../src/features/course/data/courseRecords';
import type { ExerciseAnswer } from '../../../src/features/course/exercises/answerSchemas';
import type { Language } from '../../../src/i18n/languages';
import { useRealI18n } from '../../support/i18n';
import { reload, renderCourse, useCourseVault } from './support';

useCourseVault('en');

async function save(exerciseId: string, answer: ExerciseAnswer) {
  await answerStore.save({ kind: 'course-answer', v: ANSWER_VERSION, exerciseId, answer, updatedAt: 1 });
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

const SECTIONS = ['My pathway', 'My if-then plans', 'My coping cards', 'My more balanced thoughts', 'My online rules', 'My relapse-prevention plan'];

describe('my plan', () => {
  test('before anything is written: every section says so and links to the exercise that fills it', async () => {
    renderCourse('/course/plan');
    await screen.findByRole('heading', { level: 1, name: 'My plan' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(SECTIONS);
    const links = [
      ['My pathway', 'Write it in module 4', '/course/m04/6'],
      ['My if-then plans', 'Write it in module 5', '/course/m05/6'],
      ['My coping cards', 'Write it in module 6', '/course/m06/6'],
      ['My more balanced thoughts', 'Write it in module 8', '/course/m08/7'],
      ['My online rules', 'Write it in module 11', '/course/m11/5'],
      ['My relapse-prevention plan', 'Write it in module 12', '/course/m12/4'],
    ] as const;
    for (const [name, link, href] of links) {
      expect(section(name).getByText('Nothing written here yet.')).toBeInTheDocument();
      expect(section(name).getByRole('link', { name: link })).toHaveAttribute('href', href);
    }
    expect(screen.queryByRole('button', { name: 'Print my plan' })).toBeNull();
    expect(screen.getByText(/Your plan fills in as you do the exercises/)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('It does not leave the device unless you print it.');
  });

  test('gathers the person’s answers, decrypted from the vault, into one summary', async () => {
    await answerStore.load();
    await save('m04-pathway-builder', { type: 'chain-plan', links: { 'long-term-cost': 'Fear and shame.', trigger: 'Alone, late.', behaviour: '  ' } });
    await save('m05-if-then-plans', { type: 'if-then', plans: [{ situation: 'I am alone late', response: 'I go to bed' }, { situation: '', response: '' }] });
    await save('m06-coping-cards', { type: 'card-builder', cards: [{ front: 'When it rises', back: 'It peaks and passes.' }] });
    await save('m08-thought-record', {
      type: 'thought-record',
      situation: 'Evening',
      thought: 'Just once does not matter',
      feeling: 'Restless',
      feelingStrength: 7,
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: 'Every time matters to a real child.',
      feelingAfter: 4,
    });
    await save('m11-online-rules', { type: 'if-then', plans: [{ situation: 'I have been drinking', response: 'I stay offline' }] });
    await save('m12-relapse-prevention-plan', { type: 'worksheet', fields: { 'my-reasons': 'My family.', 'my-warning-signs': 'Poor sleep.', 'people-i-can-turn-to': '' } });
    await save('m04-life-timeline', { type: 'journal', entries: { 'harder-periods': 'Not for the plan' } });

    const user = userEvent.setup();
    await reload(() => undefined);
    renderCourse('/course/plan');
    await screen.findByRole('heading', { level: 1, name: 'My plan' });

    const pathway = section('My pathway');
    const links = pathway.getAllByRole('listitem');
    // The content's order of the chain, with its labels; a blank link is left out.
    expect(links.map((li) => li.textContent)).toEqual(['Trigger Alone, late.', 'Long-term cost Fear and shame.']);
    expect(pathway.getByRole('link', { name: 'Change it in module 4' })).toHaveAttribute('href', '/course/m04/6');

    const plans = section('My if-then plans').getAllByRole('listitem');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toHaveTextContent('If: I am alone late');
    expect(plans[0]).toHaveTextContent('Then I will: I go to bed');
    expect(section('My coping cards').getByText('When it rises')).toBeInTheDocument();
    expect(section('My coping cards').getByText('It peaks and passes.')).toBeInTheDocument();
    expect(section('My more balanced thoughts').getByText('Every time matters to a real child.')).toBeInTheDocument();
    expect(screen.queryByText('Just once does not matter')).toBeNull();
    expect(section('My online rules').getByRole('listitem')).toHaveTextContent('If: I have been drinking Then I will: I stay offline');

    const relapse = section('My relapse-prevention plan');
    expect(relapse.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['My warning signs', 'Why it matters']);
    expect(relapse.getByText('Poor sleep.')).toBeInTheDocument();
    expect(relapse.getByText('Which early warning signs tell me that I am drifting towards risk?')).toBeInTheDocument();
    expect(relapse.queryByText('Which people can I turn to?')).toBeNull();

    expect(screen.queryByText('Not for the plan')).toBeNull();
    expect(screen.queryByText('Nothing written here yet.')).toBeNull();

    const print = vi.fn();
    vi.stubGlobal('print', print);
    try {
      await user.click(screen.getByRole('button', { name: 'Print my plan' }));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(print).toHaveBeenCalledOnce();
  });

  test.each(['fi', 'sv'] as Language[])('is written in %s too', async (language) => {
    await useRealI18n(language);
    try {
      const t = i18next.getFixedT(language, 'course');
      renderCourse('/course/plan');
      await screen.findByRole('heading', { level: 1, name: t('plan.title') });
      const keys = ['pathway', 'if-then', 'cards', 'thoughts', 'online', 'relapse'] as const;
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(keys.map((key) => t(`plan.sections.${key}`)));
      expect(section(t('plan.sections.relapse')).getByRole('link', { name: t('plan.write', { number: 12 }) })).toHaveAttribute('href', '/course/m12/4');
    } finally {
      await useRealI18n('en');
    }
  });
});
