import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FinderPage } from '../../../src/features/help/pages/FinderPage';
import { useRealI18n } from '../../support/i18n';

const vault = vi.hoisted(() => ({ status: 'locked' as string, put: vi.fn(async () => undefined) }));
vi.mock('../../../src/vault/vaultState', () => ({
  getVaultStatus: () => vault.status,
  subscribeVaultStatus: () => () => undefined,
}));
vi.mock('../../../src/storage/records', () => ({
  defineRecords: (type: { collection: string }) => ({ collection: type.collection, save: vault.put }),
}));

function renderFinder() {
  return render(
    <MemoryRouter initialEntries={['/help/finder']}>
      <FinderPage />
    </MemoryRouter>,
  );
}

describe('the guided finder', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('polku.country', 'IE');
    vault.status = 'locked';
    vault.put.mockClear();
  });

  it('asks who the help is for before suggesting anything', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(screen.getByText('Choose who the help is for.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Who is the help for?' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: 'Suggestions for you' })).toBeNull();
  });

  it('gives a ranked shortlist with the reasons each fits', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.click(screen.getByRole('radio', { name: 'Me: I am worried about my own sexual thoughts or behaviour' }));
    expect(screen.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('IE');
    expect(screen.getByRole('combobox', { name: 'Which language would you like help in?' })).toHaveValue('en');
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));

    const results = screen.getByRole('region', { name: 'Suggestions for you' });
    expect(within(results).getByRole('heading', { name: 'Suggestions for you' })).toHaveFocus();
    expect(within(results).getByRole('status')).toHaveTextContent(/\d+ suggestions/);
    const [first] = within(results).getAllByRole('article');
    expect(first).toHaveAccessibleName('Stop It Now helpline (UK & Ireland)');
    expect(within(first!).getByText('Why this fits')).toBeInTheDocument();
    expect(within(first!).getByText('Works in Ireland')).toBeInTheDocument();
    expect(within(first!).getByText('In English')).toBeInTheDocument();
    // Locked: nothing can be saved, and the person is told why.
    expect(screen.queryByRole('button', { name: 'Save to my plan' })).toBeNull();
    expect(screen.getByText(/Unlock Polku to save this shortlist/)).toBeInTheDocument();
  });

  it('stores nothing about the answers', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.click(screen.getByRole('radio', { name: 'Me or someone close to me: we have been harmed' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, it must be anonymous' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(Object.keys(localStorage)).toEqual(['polku.country']);
    expect(localStorage.getItem('polku.country')).toBe('IE');
    expect(vault.put).not.toHaveBeenCalled();
  });

  it('saves the shortlist into the vault only when unlocked and asked', async () => {
    vault.status = 'unlocked';
    const user = userEvent.setup();
    renderFinder();
    await user.click(screen.getByRole('radio', { name: 'Me: I am worried about my own sexual thoughts or behaviour' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(vault.put).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save to my plan' }));
    // Saving loads the storage code on first use, which can take seconds on a loaded machine.
    expect(await screen.findByText('Saved to your plan, encrypted on this device.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(vault.put).toHaveBeenCalledTimes(1);
    const [record] = vault.put.mock.calls[0] as unknown as [{ v: number; country: string; serviceIds: string[]; savedOn: string }];
    expect(record).toMatchObject({ kind: 'help-shortlist', v: 1, country: 'IE' });
    expect(record.serviceIds[0]).toBe('gb-ie-stop-it-now');
    expect(record.savedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(record).sort()).toEqual(['country', 'id', 'kind', 'savedOn', 'serviceIds', 'v']);
  });
});
