/**
 * Home on a real vault: a new person sees "Start", nothing done, today's check-in not yet done and
 * the tools one tap away; a person who finished four modules, is half-way through the fifth and
 * checked in today sees "Continue" at their step, their count, the check-in "in a word or two"
 * with "Edit", and what they did recently by kind. Home never shows the person's own words: a
 * canary typed into a journal answer (and one in the check-in's own tag and note) is nowhere on it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { checkinStore, emptyCheckin } from '../../../src/features/tracker/data/checkinRecord';
import { todayIso } from '../../../src/features/tracker/model/dates';
import { useUnlockedVault } from '../../support/vaultScreens';
import { finishModules, renderApp, visitStep, where } from './appScreens';

/** The first screen decrypts the vault and loads course content: slow on a busy machine. */
const SLOW = { timeout: 8000 };

useUnlockedVault('en');

const CANARY = 'kanarialintu-7731';

async function programmeCard() {
  return within(await screen.findByRole('region', { name: 'Programme' }, SLOW));
}

describe('home', () => {
  test('a new person: Start (never "Continue" or "pick up where you left off"), nothing done, check in in one tap', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' }, SLOW)).toBeInTheDocument();
    const programme = await programmeCard();
    expect(await programme.findByText('0 of 12 modules done', {}, SLOW)).toBeInTheDocument();
    expect(await programme.findByText('Next: Module 1 · About 30 minutes', {}, SLOW)).toBeInTheDocument();
    expect(programme.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/course/m01');
    expect(programme.queryByRole('link', { name: 'Continue' })).toBeNull();
    expect(screen.queryByText(/where you left off/i)).toBeNull();
    expect(programme.getByRole('link', { name: 'My plan' })).toHaveAttribute('href', '/course/plan');

    const checkin = within(screen.getByRole('region', { name: "Today's check-in" }));
    expect(await checkin.findByText(/You have not checked in today/, {}, SLOW)).toBeInTheDocument();
    expect(checkin.getByRole('link', { name: 'Daily check-in' })).toHaveAttribute('href', '/tracker/today');

    const tools = within(screen.getByRole('navigation', { name: 'Tools' }));
    expect(tools.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Guided timer', '/tools/surf'],
      ['Coping cards', '/tools/cards/read'],
      ['Safety plan', '/tools/plan'],
    ]);

    const recent = within(screen.getByRole('region', { name: 'Recently' }));
    expect(await recent.findByText(/Nothing yet/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open my notes' })).toHaveAttribute('href', '/notes');
  });

  test('four modules done, the fifth half-way, checked in today: Continue at the step, the check-in in a word or two, recent by kind', async () => {
    const user = userEvent.setup();
    const t0 = Date.now() - 60_000;
    await finishModules(['m01', 'm02', 'm03', 'm04'], t0);
    await visitStep('m05', 'm05-high-risk-states', t0 + 1000);

    // The person writes a canary in the m02 letter (typed, through the exercise itself).
    const course = renderApp('/course/m02/7');
    const fields = await screen.findAllByRole('textbox', {}, SLOW);
    await user.type(fields[0] as HTMLElement, `${CANARY} letter`);
    await screen.findByText('Saved', {}, { timeout: 4000 });
    course.unmount();
    await checkinStore.save({ ...emptyCheckin(todayIso()), mood: 7, stress: 3, urge: 2, used: 'no', ownTriggers: [`${CANARY}-tag`], copingNote: `${CANARY} note` });

    const home = renderApp('/');
    const programme = await programmeCard();
    expect(await programme.findByText('4 of 12 modules done', {}, SLOW)).toBeInTheDocument();
    expect(await programme.findByText('Next: Module 5 · About 35 minutes', {}, SLOW)).toBeInTheDocument();
    expect(programme.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/course/m05/2');
    expect(programme.queryByRole('link', { name: 'Start' })).toBeNull();

    const checkin = within(screen.getByRole('region', { name: "Today's check-in" }));
    expect(await checkin.findByText('Done for today: mood 7 · stress 3', {}, SLOW)).toBeInTheDocument();
    expect(checkin.getByRole('link', { name: "Edit today's check-in" })).toHaveAttribute('href', '/tracker/today');
    expect(checkin.queryByRole('link', { name: 'Daily check-in' })).toBeNull();

    const recent = within(screen.getByRole('region', { name: 'Recently' }));
    const exercise = await recent.findByRole('link', { name: 'An exercise in module 2' }, SLOW);
    expect(exercise).toHaveAttribute('href', '/course/m02/7');
    expect(recent.getByRole('link', { name: 'Check-in' })).toHaveAttribute('href', '/tracker/today');
    expect(recent.getAllByText('today')).toHaveLength(2);

    // Nothing the person wrote, and no topic words, anywhere on home.
    expect(document.body.textContent).not.toContain(CANARY);
    expect(document.body.textContent).not.toMatch(/CSAM|child|sexual|urge/i);

    // Continue leads to the step where they left off.
    await user.click(programme.getByRole('link', { name: 'Continue' }));
    await waitFor(() => expect(where()).toBe('/course/m05/2'));
    home.unmount();
  });
});
