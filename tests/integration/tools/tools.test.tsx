/**
 * The tools with a real vault: coping cards written, ordered, kept through a lock and read one at
 * a time; the safety plan saved and reloaded with its country's crisis numbers; the outside copy
 * on the lock screen only while the person chooses it. Through roles and labels; waits for states.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { cardsStore } from '../../../src/features/tools/data/copingCards';
import { planStore } from '../../../src/features/tools/data/safetyPlan';
import { surfStore } from '../../../src/features/tools/data/surfSessions';
import { hasOutsideCopy, readOutsideCopy } from '../../../src/storage/outsideCopy';
import { lock, reload, renderApp, unlock, useToolsVault } from './support';

useToolsVault('en');

async function saved(): Promise<void> {
  await screen.findByText('Saved', {}, { timeout: 4000 });
}

describe('coping cards', () => {
  test('written, moved up by keyboard, kept through lock and unlock, then read one at a time', async () => {
    const user = userEvent.setup();
    const view = renderApp('/tools/cards');
    expect(await screen.findByRole('heading', { level: 1, name: 'My coping cards' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Add a card' }));
    // Focus moves into the new card's field.
    expect(screen.getByRole('textbox', { name: 'Card 1' })).toHaveFocus();
    await user.keyboard('Go outside for ten minutes.');
    await user.click(screen.getByRole('button', { name: 'Add a card' }));
    await user.keyboard('This feeling will pass.');
    // Keyboard only: Move up on card 2 with Enter; focus stays on the moved card's button.
    screen.getByRole('button', { name: 'Move up: Card 2' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Card 1' })).toHaveValue('This feeling will pass.');
    expect(screen.getByRole('textbox', { name: 'Card 2' })).toHaveValue('Go outside for ten minutes.');
    expect(document.activeElement).toHaveAccessibleName('Move down: Card 1');
    expect(screen.getByText('Moved to place 1 of 2.')).toBeInTheDocument();
    await saved();

    lock();
    expect(await screen.findByRole('heading', { name: 'Polku is locked' })).toBeInTheDocument();
    expect(view.container.textContent).not.toContain('This feeling will pass.');
    await unlock();
    expect(await screen.findByRole('textbox', { name: 'Card 1' })).toHaveValue('This feeling will pass.');

    await user.click(screen.getByRole('link', { name: 'Read my cards one at a time' }));
    expect(await screen.findByText('Card 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('This feeling will pass.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next card' }));
    expect(screen.getByText('Card 2 of 2')).toBeInTheDocument();
    expect(screen.getByText('Go outside for ten minutes.')).toBeInTheDocument();
    // The arrow keys flip too, and after the last card comes the first.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Card 1 of 2')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Card 2 of 2')).toBeInTheDocument();
    const stored = (await cardsStore.load()).get('cards');
    expect(stored?.cards.map((c) => c.text)).toEqual(['This feeling will pass.', 'Go outside for ten minutes.']);
  });
});

describe('safety plan', () => {
  test('six steps, the chosen country’s crisis numbers, saved and read back after a reload', async () => {
    const user = userEvent.setup();
    const view = renderApp('/tools/plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument();
    expect(await screen.findAllByRole('heading', { level: 2, name: /^Step \d/ })).toHaveLength(6);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Crisis numbers for' }), 'FI');
    const step5 = screen.getByRole('region', { name: /Step 5/ });
    expect(within(step5).getByRole('link', { name: /Call .*: 112/ })).toHaveAttribute('href', 'tel:112');
    expect(within(step5).getByRole('link', { name: /09 2525 0111/ })).toHaveAttribute('href', 'tel:0925250111');

    const step1 = screen.getByRole('region', { name: /Step 1/ });
    await user.type(within(step1).getByRole('textbox'), 'Tired and alone late at night');
    await user.click(within(step1).getByRole('button', { name: 'Add a line' }));
    await user.keyboard('Scrolling without a reason');
    await saved();

    await reload(view.unmount);
    renderApp('/tools/plan');
    const again = await screen.findByRole('region', { name: /Step 1/ });
    const lines = within(again).getAllByRole('textbox');
    expect(lines.map((l) => (l as HTMLTextAreaElement).value)).toEqual(['Tired and alone late at night', 'Scrolling without a reason']);
    expect(await screen.findByRole('combobox', { name: 'Crisis numbers for' })).toHaveValue('FI');
    const plan = (await planStore.load()).get('plan');
    expect(plan).toMatchObject({ country: 'FI', outsideCopy: false });
    expect(await hasOutsideCopy()).toBe(false);
  });
});

describe('the copy outside the vault', () => {
  test('off by default; when chosen it appears on the lock screen, read-only; turned off it is deleted', async () => {
    const user = userEvent.setup();
    // Off by default: the lock screen shows no link.
    lock();
    const first = renderApp('/tools/plan');
    expect(await screen.findByRole('heading', { name: 'Polku is locked' })).toBeInTheDocument();
    await act(async () => {
      expect(await hasOutsideCopy()).toBe(false);
    });
    expect(screen.queryByRole('link', { name: 'My safety plan' })).toBeNull();
    first.unmount();

    await unlock();
    const view = renderApp('/tools/plan');
    const step2 = await screen.findByRole('region', { name: /Step 2/ });
    await user.type(within(step2).getByRole('textbox'), 'A cold shower');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Crisis numbers for' }), 'SE');
    const toggle = screen.getByRole('checkbox', { name: 'Keep a copy I can read while Polku is locked' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/anyone who can use this device could open it/);
    await user.click(toggle);
    expect(screen.getByText(/An unencrypted copy is kept on this device/)).toBeInTheDocument();
    await waitFor(async () => expect((await readOutsideCopy())?.sections.find((s) => s.step === 'own-coping')?.items).toEqual(['A cold shower']));

    lock();
    await user.click(await screen.findByRole('link', { name: 'My safety plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument();
    expect(screen.getByText('A cold shower')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Call .*: 112/ })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: /90101/ })).toHaveAttribute('href', 'tel:90101');
    // Read-only: nothing to type into.
    expect(screen.queryByRole('textbox')).toBeNull();
    view.unmount();

    await unlock();
    const later = renderApp('/tools/plan');
    await user.click(await screen.findByRole('checkbox', { name: 'Keep a copy I can read while Polku is locked' }));
    expect(screen.getByText('No unencrypted copy is kept.')).toBeInTheDocument();
    await waitFor(async () => expect(await hasOutsideCopy()).toBe(false));
    later.unmount();

    lock();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Polku is locked' })).toBeInTheDocument();
    await act(async () => {
      expect(await hasOutsideCopy()).toBe(false);
    });
    expect(screen.queryByRole('link', { name: 'My safety plan' })).toBeNull();
  });
});

describe('urge surf', () => {
  test('a 5-minute session with before and after ratings is saved', async () => {
    const user = userEvent.setup();
    renderApp('/tools/surf');
    expect(await screen.findByRole('heading', { level: 1, name: 'Surf an urge' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 minutes' })).toBeChecked();
    // happy-dom has no range-input keyboard behaviour; the change event is what a key press makes.
    fireEvent.change(screen.getByRole('slider', { name: 'How strong is the urge now?' }), { target: { value: '7' } });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('5:00');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const after = await screen.findByRole('slider', { name: 'How strong is the urge now, after the timer?' });
    fireEvent.change(after, { target: { value: '4' } });
    await waitFor(async () => {
      const sessions = [...(await surfStore.load()).values()];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ kind: 'urge-surf', minutes: 5, before: 7, after: 4, completed: false });
    });
    expect(await screen.findByText(/5 minutes, before 7, after 4/)).toBeInTheDocument();
  });
});
