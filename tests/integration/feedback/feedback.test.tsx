/**
 * The feedback flow on a real vault: answers kept in the vault, the export built from them and
 * from the tracker's numbers, shown before it is saved, memoised noise on a second export, a new
 * install id on reset, and none of the person's own words anywhere in the file.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import FeedbackRoute from '../../../src/features/feedback/FeedbackRoute';
import { feedbackStore } from '../../../src/features/feedback/data/feedbackRecords';
import { checkinStore, emptyCheckin } from '../../../src/features/tracker/data/checkinRecord';
import { weeklyStore } from '../../../src/features/tracker/data/weeklyRecord';
import { cardsRecord, saveCards } from '../../../src/features/tools/data/copingCards';
import { exportV1Schema } from '../../../src/research/exportSchema';
import { Aggregator } from '../../../src/research/aggregate';
import { addWeeks, isoWeekOf } from '../../../src/research/isoWeek';
import { Gate, useUnlockedVault } from '../../support/vaultScreens';

const CANARY = 'CANARY-Kettu-7731';

function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function writeJournal(): Promise<void> {
  const lastWeek = addWeeks(isoWeekOf(new Date()), -1);
  await weeklyStore.save({ kind: 'tracker-weekly', v: 1, week: lastWeek, endsOn: dayOf(new Date(Date.now() - 7 * 86_400_000)), useDays: 3, timeBand: '1-3h', confidence: 6, reflection: `${CANARY} wrote this` });
  const day = dayOf(new Date(Date.now() - 9 * 86_400_000));
  await checkinStore.save({ ...emptyCheckin(day), urge: 8, ownTriggers: [CANARY], copingNote: `${CANARY} note` });
  await saveCards(cardsRecord([{ id: 'c1', text: CANARY }]).cards);
}

function renderFeedback() {
  return render(
    <MemoryRouter>
      <Gate>
        <FeedbackRoute />
      </Gate>
    </MemoryRouter>,
  );
}

async function prepared(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.click(screen.getByRole('button', { name: 'Show what the file would hold' }));
  const region = await screen.findByRole('region', { name: "The file's contents" });
  return region.textContent ?? '';
}

describe('feedback and the anonymous export', () => {
  useUnlockedVault('en');

  it('keeps answers in the vault and exports them with randomised weekly figures and no journal text', async () => {
    await writeJournal();
    const user = userEvent.setup();
    renderFeedback();
    const change = await screen.findByRole('group', { name: /how has your use of child sexual abuse material/i });
    await user.click(within(change).getByRole('radio', { name: 'I use it less' }));
    await user.click(within(screen.getByRole('group', { name: /would you change anything/i })).getByRole('checkbox', { name: 'More examples' }));
    await waitFor(async () => expect((await feedbackStore.load()).get('answers')).toMatchObject({ answers: { useChange: 'decreased', wouldChange: ['more-examples'] } }));

    const text = await prepared(user);
    expect(text).not.toContain(CANARY);
    const file = exportV1Schema.parse(JSON.parse(text));
    expect(file.answers).toEqual({ useChange: 'decreased', wouldChange: ['more-examples'] });
    expect(file.weekly.length).toBeGreaterThanOrEqual(1);
    expect(file.exportSeq).toBe(1);
    // The plain-words view and the randomisation note are there before anything is saved.
    expect(screen.getByRole('heading', { name: 'Some answers are deliberately randomised' })).toBeInTheDocument();
    expect(screen.getByText(/I use it less/, { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByText(/export-\d{4}-W\d{2}-1\.json/)).toBeInTheDocument();
    // The compact form is the same export on one line, and the aggregator accepts it.
    const compact = (screen.getByLabelText("Short form, for pasting into a study's form") as HTMLTextAreaElement).value;
    expect(compact).not.toContain('\n');
    expect(JSON.parse(compact)).toEqual(file);
    expect(new Aggregator().addText(compact)).toBe('accepted');

    // A second export repeats every randomised code: nothing new to average away.
    const again = exportV1Schema.parse(JSON.parse(await prepared(user)));
    expect(again.exportSeq).toBe(2);
    expect(again.installId).toBe(file.installId);
    expect(again.weekly).toEqual(file.weekly);
  });

  it('a skipped questionnaire exports no answers, and a reset gives a new install id', async () => {
    const user = userEvent.setup();
    renderFeedback();
    await screen.findByRole('group', { name: /which part helped you most/i });
    const first = exportV1Schema.parse(JSON.parse(await prepared(user)));
    expect(first.answers).toEqual({});
    expect(first.weekly).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Replace the random code' }));
    await screen.findByText('The random code was replaced.');
    const second = exportV1Schema.parse(JSON.parse(await prepared(user)));
    expect(second.installId).not.toBe(first.installId);
    expect(second.exportSeq).toBe(1);
  });
});
