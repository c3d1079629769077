import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    const links = within(crisis).getAllByRole('link');
    // The first link after the country select calls the emergency number, straight from the dialler.
    expect(links[0]).toHaveAccessibleName('Call 112');
    expect(links[0]).toHaveAttribute('href', 'tel:112');
    expect(within(crisis).getByRole('link', { name: 'Call 09 2525 0111' })).toHaveAttribute('href', 'tel:0925250111');
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
    expect(screen.getByRole('link', { name: 'Call 112 (police)' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: 'Call 113 (medical emergency)' })).toHaveAttribute('href', 'tel:113');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('defaults the country from the language when none was chosen and the browser names no region', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv']);
    await useRealI18n('sv');
    renderAt('/help');
    expect(screen.getByRole('combobox', { name: 'Ditt land' })).toHaveValue('SE');
    expect(localStorage.getItem('polku.country')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ring 90101' })).toBeInTheDocument();
  });

  it('starts a browser set to en-US on the US, and one set to en-CA on another country, never on the UK', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    const { unmount } = renderAt('/help');
    expect(screen.getByRole('combobox', { name: 'Your country' })).toHaveValue('US');
    unmount();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-CA', 'en']);
    renderAt('/help');
    expect(screen.getByRole('combobox', { name: 'Your country' })).toHaveValue('INT');
  });

  it('for another country, says to call the local emergency number and offers international help', async () => {
    const user = userEvent.setup();
    renderAt('/help');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your country' }), 'INT');
    expect(screen.getByText(/Call the emergency number of the country you are in/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ReDirection Self-Help Program' })).toBeInTheDocument();
  });

  it('lists every country with crisis routes, the US with 911 and 988', async () => {
    const user = userEvent.setup();
    renderAt('/help');
    const picker = screen.getByRole('combobox', { name: 'Your country' });
    expect(within(picker).getByRole('option', { name: 'United States' })).toBeInTheDocument();
    await user.selectOptions(picker, 'US');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
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
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
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
