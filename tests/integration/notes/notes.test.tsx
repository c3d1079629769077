/**
 * "My notes" on a real vault: empty, it says what will gather there; with a course answer (typed
 * in its exercise), a check-in note and a coping card, it lists each under its group, newest
 * first, each linking to its place; the search filters in memory; a check-in opens on its own day
 * and a course answer at its exercise step; after a lock and unlock it reads the same from the
 * vault, and the query is gone.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { saveCards } from '../../../src/features/tools/data/copingCards';
import { checkinStore, emptyCheckin } from '../../../src/features/tracker/data/checkinRecord';
import { formatDay } from '../../../src/features/tracker/components/format';
import { addDays, todayIso } from '../../../src/features/tracker/model/dates';
import { unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { lockVault } from '../../../src/vault/vaultState';
import { PASSPHRASE, useUnlockedVault } from '../../support/vaultScreens';
import { renderApp, saveAnswer, where } from '../home/appScreens';

useUnlockedVault('en');

/** The first screen decrypts the vault and loads all twelve modules' content: slow on a busy machine. */
const SLOW = { timeout: 8000 };

const yesterday = addDays(todayIso(), -1);

async function seed(): Promise<void> {
  const now = Date.now();
  await saveAnswer('m03-perspective-reflection', { type: 'journal', entries: { 'what-children-need': 'Safe adults around them, always.' } }, now - 5000);
  await saveAnswer('m03-consequences-matrix', { type: 'worksheet', fields: { 'me-short-term': 'Losing sleep over it.' } }, now - 1000);
  await saveAnswer('m01-readiness', { type: 'scale', values: { importance: 8 } }, now);
  await checkinStore.save({ ...emptyCheckin(yesterday), mood: 5, copingNote: 'Walked by the harbour at dusk.' });
  await saveCards([
    { id: 'a', text: 'Call my brother before it gets late.' },
    { id: 'b', text: '' },
  ]);
}

const group = (name: string) => within(screen.getByRole('region', { name }));

describe('my notes', () => {
  test('empty: says what will gather here', async () => {
    renderApp('/notes');
    expect(await screen.findByRole('heading', { level: 1, name: 'My notes' })).toBeInTheDocument();
    expect(await screen.findByText(/Nothing here yet/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/your answers to the programme's exercises/)).toBeInTheDocument();
    expect(screen.getByText(/your coping cards and your safety plan/)).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  test('lists a course answer, a check-in note and a coping card by group, newest first, each linking to its place', async () => {
    await seed();
    renderApp('/notes');
    expect(await screen.findByText('4 notes', {}, SLOW)).toBeInTheDocument();

    const module3 = group('Module 3: How CSAM harms');
    const links = module3.getAllByRole('link');
    // Newest first within the group: the matrix was written after the reflection.
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Consequences matrix: short and long term', '/course/m03/7'],
      ['Perspective reflection', '/course/m03/4'],
    ]);
    expect(module3.getByText('Safe adults around them, always.')).toBeInTheDocument();
    // A scale has no words of the person's: not a note.
    expect(screen.queryByRole('region', { name: /^Module 1/ })).toBeNull();

    const checkins = group('Check-ins');
    expect(checkins.getByRole('link', { name: `Check-in, ${formatDay(yesterday, 'en')}` })).toHaveAttribute('href', '/tracker/today');
    expect(checkins.getByText('Walked by the harbour at dusk.')).toBeInTheDocument();

    const cards = group('Coping cards');
    expect(cards.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Card 1', '/tools/cards']]);
    expect(cards.getByText('Call my brother before it gets late.')).toBeInTheDocument();

    // The groups come in order: the course by module, then the tracker, then the tools.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Module 3: How CSAM harms', 'Check-ins', 'Coping cards']);
  });

  test('the search filters in memory, across groups, and a cleared search shows everything again', async () => {
    const user = userEvent.setup();
    await seed();
    renderApp('/notes');
    const search = await screen.findByRole('searchbox', { name: 'Search my notes' }, SLOW);
    await user.type(search, 'HARBOUR');
    expect(screen.getByText('1 note found')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Check-ins']);

    await user.clear(search);
    await user.type(search, 'late brother');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Coping cards']);

    // A group's name is searched too.
    await user.clear(search);
    await user.type(search, 'module 3');
    expect(screen.getByText('2 notes found')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'nothing like this');
    expect(screen.getByText('No notes found')).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);

    await user.clear(search);
    expect(screen.getByText('4 notes')).toBeInTheDocument();
  });

  test('a check-in opens on its own day; a course answer at its exercise step, with the answer there', async () => {
    const user = userEvent.setup();
    await seed();
    const first = renderApp('/notes');
    await user.click(await screen.findByRole('link', { name: `Check-in, ${formatDay(yesterday, 'en')}` }, SLOW));
    await waitFor(() => expect(where()).toBe('/tracker/today'));
    expect(await screen.findByRole('heading', { level: 1, name: `Check-in for ${formatDay(yesterday, 'en')}` }, SLOW)).toBeInTheDocument();
    expect(screen.getByDisplayValue('Walked by the harbour at dusk.')).toBeInTheDocument();
    first.unmount();

    renderApp('/notes');
    await user.click(await screen.findByRole('link', { name: 'Perspective reflection' }, SLOW));
    await waitFor(() => expect(where()).toBe('/course/m03/4'));
    expect(await screen.findByDisplayValue('Safe adults around them, always.', {}, SLOW)).toBeInTheDocument();
  });

  test('after a lock the notes are gone from the page and the query with them; unlocked, they are read again', async () => {
    const user = userEvent.setup();
    await seed();
    renderApp('/notes');
    await user.type(await screen.findByRole('searchbox', { name: 'Search my notes' }, SLOW), 'harbour');
    act(() => lockVault());
    expect(screen.getByText('Locked')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('harbour');
    await act(async () => {
      await unlockWithPassphrase(PASSPHRASE);
    });
    expect(await screen.findByText('4 notes', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search my notes' })).toHaveValue('');
  });

  test('a long group shows its newest twenty first, and more on request', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 25; i += 1) await checkinStore.save({ ...emptyCheckin(addDays(todayIso(), -i)), copingNote: `Evening walk number ${25 - i}` });
    renderApp('/notes');
    expect(await screen.findByText('25 notes', {}, SLOW)).toBeInTheDocument();
    const checkins = group('Check-ins');
    expect(checkins.getAllByRole('listitem')).toHaveLength(20);
    expect(checkins.getAllByRole('listitem')[0]).toHaveTextContent('Evening walk number 25');
    await user.click(checkins.getByRole('button', { name: /^Show 5 more\b/ }));
    expect(checkins.getAllByRole('listitem')).toHaveLength(25);
    expect(checkins.queryByRole('button')).toBeNull();
  });
});
