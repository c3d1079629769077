/**
 * The tracker against a real vault (fake-indexeddb, real Web Crypto, real i18next): a check-in
 * filled, read back after a reload (every cache dropped, unlocked again) and edited; a check-in
 * written just before a lock; the weekly review's prefill; PHQ-9's crisis routes and a refused
 * second save.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, test } from 'vitest';
import TrackerRoute from '../../../src/features/tracker/TrackerRoute';
import { COUNTRY_KEY, setCountryPreference } from '../../../src/content/countryPreference';
import { checkinStore } from '../../../src/features/tracker/data/checkinRecord';
import { todayIso } from '../../../src/features/tracker/model/dates';
import { unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { lockVault } from '../../../src/vault/vaultState';
import { Gate, PASSPHRASE, reloadVault, useUnlockedVault, Where } from '../../support/vaultScreens';

function renderTracker(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Gate>
        <Routes>
          <Route path="/tracker/*" element={<TrackerRoute />} />
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
      </Gate>
      <Where />
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('where').textContent;

async function reload(unmount: () => void): Promise<void> {
  await reloadVault(unmount, () => expect(checkinStore.peek()).toBeUndefined());
}

useUnlockedVault('en');
afterEach(() => localStorage.removeItem(COUNTRY_KEY));

describe('daily check-in', () => {
  test('fill, see it in the history, reload, edit: the edit replaces the day', async () => {
    const user = userEvent.setup();
    const first = renderTracker('/tracker/today');
    expect(await screen.findByRole('heading', { level: 1, name: "Today's check-in" })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Mood' }), { target: { value: '10' } });
    await user.click(screen.getByRole('checkbox', { name: 'Being alone' }));
    await user.type(screen.getByRole('textbox', { name: 'New tag (a word or two)' }), 'Sunday evening');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(screen.getByRole('checkbox', { name: 'Sunday evening' })).toBeChecked();
    await screen.findByText('Saved', {}, { timeout: 4000 });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(where()).toBe('/tracker'));
    const history = await screen.findByRole('heading', { name: 'Recent check-ins' });
    expect(within(history.parentElement as HTMLElement).getByText('No use · mood 10')).toBeInTheDocument();
    expect(screen.getByText(/You have checked in today/)).toBeInTheDocument();

    await reload(first.unmount);
    renderTracker('/tracker');
    expect(await screen.findByText('No use · mood 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Change\b/ }));
    await waitFor(() => expect(where()).toBe('/tracker/today'));
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sunday evening' })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Mood' })).toHaveValue('10');
    fireEvent.change(screen.getByRole('slider', { name: 'Mood' }), { target: { value: '8' } });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('No use · mood 8')).toBeInTheDocument();
    expect(screen.queryByText('No use · mood 10')).toBeNull();
    expect([...(await checkinStore.load()).keys()]).toEqual([todayIso()]);
  });

  test('a check-in written just before the vault locks is there after unlocking', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/today');
    await user.click(await screen.findByRole('radio', { name: 'Prefer not to say' }));
    // Switching away writes at once (before the debounce), then the vault locks.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    fireEvent(document, new Event('visibilitychange'));
    await act(async () => {
      await checkinStore.settled();
    });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    act(() => lockVault());
    expect(screen.getByText('Locked')).toBeInTheDocument();
    await act(async () => {
      await unlockWithPassphrase(PASSPHRASE);
    });
    expect(await screen.findByRole('radio', { name: 'Prefer not to say' })).toBeChecked();
  });

  test('refuses an impossible or future day with a clear message', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/today');
    const day = await screen.findByLabelText('Day');
    fireEvent.change(day, { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Open this day' }));
    expect(await screen.findByText('That day has not come yet. You can check in for today or an earlier day.')).toBeInTheDocument();
    expect(screen.getByText(/That day has not come yet/).closest('[role="alert"]')).not.toBeNull();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Today's check-in");
  });

  test('"I might act now" opens the country\'s crisis routes in the check-in, urge guidance first, and stores nothing', async () => {
    const user = userEvent.setup();
    setCountryPreference('GB');
    renderTracker('/tracker/today');
    const button = await screen.findByRole('button', { name: 'I might act now' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'You can get through this moment without acting' });
    expect(await within(panel).findByRole('link', { name: 'Call Emergency number 999 (UK), 999' })).toHaveAttribute('href', 'tel:999');
    expect(within(panel).getByRole('link', { name: /^Call Stop It Now helpline/ }).getAttribute('href')).toMatch(/^tel:/);
    const guidance = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(guidance.indexOf('If you feel you might act on an urge')).toBeLessThan(guidance.indexOf('If you might harm yourself'));
    expect(screen.queryByRole('alert', { name: 'You do not have to face this alone' })).toBeNull();
    await act(async () => {
      await checkinStore.settled();
    });
    expect(checkinStore.peek()?.size ?? 0).toBe(0);
  });

  test('after a reported use, a compassionate note links to the after-a-lapse review', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/today');
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/A lapse is information, not failure/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go through the after-a-lapse review' })).toHaveAttribute('href', '/course/m12');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('0 days since the last use you reported.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go through the after-a-lapse review' })).toHaveAttribute('href', '/course/m12');
    expect(screen.queryByText(/streak/i)).toBeNull();
  });
});

describe('weekly review', () => {
  test('is prefilled from the week’s check-ins and saved', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/today');
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(await screen.findByRole('link', { name: 'Start the weekly review' }));
    const days = await screen.findByRole('group', { name: /On how many of the past 7 days/ });
    expect(within(days).getByRole('radio', { name: '1' })).toBeChecked();
    expect(screen.getByText(/Filled in from your check-ins \(1 day answered\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '1 to 3 hours' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/You have done this week's review/)).toBeInTheDocument();
  });
});

describe('questionnaires', () => {
  test('PHQ-9 item 9 above 0 shows crisis routes at once, before anything is saved; a second save the same day is refused', async () => {
    const user = userEvent.setup();
    setCountryPreference('FI');
    const view = renderTracker('/tracker/q/phq9');
    expect(await screen.findByRole('heading', { level: 1, name: 'PHQ-9: mood' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'You do not have to face this alone' })).toBeNull();
    const item9 = screen.getByRole('group', { name: /^9\. Thoughts that you would be better off dead/ });
    await user.click(within(item9).getByRole('radio', { name: 'Several days' }));
    const crisis = screen.getByRole('alert', { name: 'You do not have to face this alone' });
    // The country chosen on the help page (Finland here) decides the numbers, as on the help page.
    expect(await within(crisis).findByRole('link', { name: 'Call Emergency number 112 (Finland), 112' })).toHaveAttribute('href', 'tel:112');
    expect(within(crisis).getByRole('link', { name: /^Call MIELI Crisis Helpline/ }).getAttribute('href')).toMatch(/^tel:/);
    expect(within(crisis).getByRole('link', { name: 'Get help now: crisis lines' })).toHaveAttribute('href', '/help');
    expect((await import('../../../src/features/tracker/data/questionnaireRecord')).questionnaireStore.peek()?.size ?? 0).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByText(/Not scored: 1 of 9 questions answered/)).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'You do not have to face this alone' })).toBeInTheDocument();

    view.unmount();
    renderTracker('/tracker/q/phq9');
    for (const group of await screen.findAllByRole('group')) await user.click(within(group).getByRole('radio', { name: 'Not at all' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByText(/You have already saved this questionnaire today/)).toBeInTheDocument();
  });

  test("PHQ-9's difficulty question comes after item 9 once a problem is checked off, is saved unscored and shows in the overview", async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/q/phq9');
    const question = /^If you checked off any problems, how difficult/;
    expect(await screen.findAllByRole('group')).toHaveLength(9);
    expect(screen.queryByRole('group', { name: question })).toBeNull();
    for (const group of screen.getAllByRole('group')) await user.click(within(group).getByRole('radio', { name: 'Not at all' }));
    // Nothing checked off: the question is not asked.
    expect(screen.queryByRole('group', { name: question })).toBeNull();
    await user.click(within(screen.getByRole('group', { name: /^2\. Feeling down/ })).getByRole('radio', { name: 'Nearly every day' }));
    const difficulty = screen.getByRole('group', { name: question });
    expect(within(difficulty).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    await user.click(within(difficulty).getByRole('radio', { name: 'Very difficult' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    // 3 points, whatever the difficulty answer: it is never added to the total.
    expect(await screen.findByText('Total 3 of 27: minimal or no depression')).toBeInTheDocument();
    const { questionnaireStore } = await import('../../../src/features/tracker/data/questionnaireRecord');
    expect([...(await questionnaireStore.load()).values()].map((q) => q.difficulty)).toEqual([2]);
    await user.click(screen.getByRole('link', { name: 'Back to the tracker' }));
    const phq = (await screen.findByRole('heading', { name: 'PHQ-9: mood' })).parentElement as HTMLElement;
    expect(within(phq).getByText(/Total 3 of 27: minimal or no depression · Difficulty: Very difficult/)).toBeInTheDocument();
  });

  test('a double tap on Save answers stores one questionnaire', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/q/who5');
    for (const group of await screen.findAllByRole('group')) await user.click(within(group).getByRole('radio', { name: 'Most of the time' }));
    const save = screen.getByRole('button', { name: 'Save answers' });
    // Both submits land before the first write finishes: only one may be stored.
    act(() => {
      fireEvent.click(save);
      fireEvent.click(save);
    });
    expect(await screen.findByText('Total 20 of 25 (80%): no sign of poor well-being')).toBeInTheDocument();
    const { questionnaireStore } = await import('../../../src/features/tracker/data/questionnaireRecord');
    expect([...(await questionnaireStore.load()).values()].filter((q) => q.measure === 'who5')).toHaveLength(1);
  });

  test('a full GAD-7 gives its total and band, and the overview shows when the next is due', async () => {
    const user = userEvent.setup();
    renderTracker('/tracker/q/gad7');
    const groups = await screen.findAllByRole('group');
    expect(groups).toHaveLength(7);
    for (const group of groups) await user.click(within(group).getByRole('radio', { name: 'More than half the days' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByText('Total 14 of 21: moderate anxiety')).toBeInTheDocument();
    expect(screen.getByText(/Kroenke and colleagues, with an educational grant from Pfizer/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the tracker' }));
    const gad = (await screen.findByRole('heading', { name: 'GAD-7: anxiety' })).parentElement as HTMLElement;
    expect(within(gad).getByText(/Next one due/)).toBeInTheDocument();
    expect(within((screen.getByRole('heading', { name: 'PHQ-9: mood' }).parentElement as HTMLElement)).getByText('Due now.')).toBeInTheDocument();
  });
});
