import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import TrackerCharts from '../../../src/features/tracker/components/TrackerCharts';
import { newQuestionnaire } from '../../../src/features/tracker/data/questionnaireRecord';
import type { WeekSummary } from '../../../src/features/tracker/model/weekly';
import { useRealI18n } from '../../support/i18n';
import i18next from 'i18next';

const cells = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => Array.from(row.children).map((cell) => cell.textContent));

const weeks: WeekSummary[] = [
  { start: '2026-11-02', checkins: 2, useDays: 1, urgeMean: 7, moodMean: 3 },
  { start: '2026-11-09', checkins: 1, useDays: 0, urgeMean: 4.5, moodMean: 6 },
  { start: '2026-11-16', checkins: 0, useDays: 0, urgeMean: null, moodMean: null },
];
const questionnaires = [newQuestionnaire('phq9', '2026-11-03', [1, 1, 2, 0, 1, 0, 2, 0, 0], 1), newQuestionnaire('who5', '2026-11-17', [5, 5, 5, 5, null])];

describe('tracker charts', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('every chart is an image with a title and description, and has a table with the same figures', async () => {
    const user = userEvent.setup();
    render(<TrackerCharts weeks={weeks} baseline={{ urge: 5.8, mood: 4.5 }} questionnaires={questionnaires} />);
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(4);
    for (const img of images) expect(img).toHaveAccessibleDescription(/.+/);
    expect(screen.getByRole('img', { name: /Days with use each week/ })).toHaveAccessibleDescription(/Bar chart/);
    expect(screen.getByRole('img', { name: /Strongest urge/ })).toHaveAccessibleDescription(/first two weeks: 5\.8/);

    await user.click(screen.getByText('Show Days with use each week as a table'));
    const useTable = screen.getByRole('table', { name: 'Days with use each week' });
    expect(cells(useTable)).toEqual([['Week starting', 'Days with use', 'Check-ins'], ['Nov 2', '1', '2'], ['Nov 9', '0', '1'], ['Nov 16', '0', '0']]);

    expect(cells(screen.getByRole('table', { name: 'Strongest urge, weekly average' }))).toEqual([['Week starting', 'Average strongest urge'], ['Nov 2', '7'], ['Nov 9', '4.5'], ['Nov 16', 'no answer']]);

    expect(cells(screen.getByRole('table', { name: 'Questionnaire totals' }))).toEqual([['Date', 'Questionnaire', 'Total'], ['Nov 3', 'PHQ-9', '7 / 27 · Difficulty: Somewhat difficult'], ['Nov 17', 'WHO-5', 'not scored']]);
  });

  it('uses the language’s date and number formats', async () => {
    await i18next.changeLanguage('fi');
    try {
      render(<TrackerCharts weeks={weeks} baseline={{ urge: null, mood: null }} questionnaires={[]} />);
      const urgeRows = within(screen.getByRole('table', { name: 'Voimakkain mielihalu, viikon keskiarvo' })).getAllByRole('row');
      expect(urgeRows[2]?.textContent).toBe(new Intl.DateTimeFormat('fi', { day: 'numeric', month: 'short' }).format(new Date(2026, 10, 9, 12)) + '4,5');
      expect(screen.queryByRole('table', { name: 'Kyselyjen pisteet' })).toBeNull();
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
