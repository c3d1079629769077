import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import HelpRoute from '../../../src/features/help/HelpRoute';
import { useRealI18n } from '../../support/i18n';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="help/*" element={<HelpRoute />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('/help: crisis first', () => {
  beforeEach(async () => {
    localStorage.clear();
    await useRealI18n('en');
  });
  afterAll(async () => {
    await useRealI18n('en');
  });

  it('starts with the country, the emergency number and the crisis lines, before anything else', () => {
    localStorage.setItem('polku.country', 'FI');
    renderAt('/help');
    expect(screen.getByRole('heading', { level: 1, name: 'Get help now' })).toBeInTheDocument();
    const crisis = screen.getByRole('region', { name: 'Help right now' });
    expect(within(crisis).getByRole('combobox', { name: 'Your country' })).toHaveValue('FI');
    const buttons = within(crisis).getAllByRole('button');
    // The first button after the country select is the emergency number.
    expect(buttons[0]).toHaveAccessibleName('Call 112');
    expect(within(crisis).getByRole('button', { name: 'Call 09 2525 0111' })).toBeInTheDocument();
    expect(within(crisis).getByRole('heading', { name: 'If you feel you might act on an urge' })).toBeInTheDocument();
    expect(within(crisis).getByRole('heading', { name: 'If you might harm yourself' })).toBeInTheDocument();
    // The rest of help comes after the crisis block.
    const nav = screen.getByRole('navigation', { name: 'Help pages' });
    expect(crisis.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('remembers a changed country as a country code only', async () => {
    const user = userEvent.setup();
    localStorage.setItem('polku.country', 'FI');
    renderAt('/help');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your country' }), 'NO');
    expect(localStorage.getItem('polku.country')).toBe('NO');
    expect(screen.getByRole('button', { name: 'Call 112 (police)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Call 113 (medical emergency)' })).toBeInTheDocument();
  });

  it('defaults the country from the language when none was chosen', async () => {
    await useRealI18n('sv');
    renderAt('/help');
    expect(screen.getByRole('combobox', { name: 'Ditt land' })).toHaveValue('SE');
    expect(localStorage.getItem('polku.country')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ring 90101' })).toBeInTheDocument();
  });

  it('for another country, says to call the local emergency number and offers international help', async () => {
    const user = userEvent.setup();
    renderAt('/help');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your country' }), 'INT');
    expect(screen.getByText(/Call the emergency number of the country you are in/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ReDirection Self-Help Program' })).toBeInTheDocument();
  });

  it('sends unknown help addresses back to the crisis page', () => {
    renderAt('/help/no-such-page');
    expect(screen.getByRole('heading', { level: 1, name: 'Get help now' })).toBeInTheDocument();
  });

  it('has a kind page for under-18s with services that take young people', () => {
    localStorage.setItem('polku.country', 'GB');
    renderAt('/help/youth');
    expect(screen.getByRole('heading', { level: 1, name: 'If you are under 18' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Childline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Call 999' })).toBeInTheDocument();
  });

  for (const page of ['family', 'professionals', 'harmed'] as const) {
    it(`renders the ${page} page with services for that audience`, () => {
      localStorage.setItem('polku.country', 'FI');
      renderAt(`/help/${page}`);
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'Services in Finland' })).toBeInTheDocument();
      expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    });
  }
});
