import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../../src/app/layout/AppLayout';
import { Header } from '../../../src/app/layout/Header';
import { dropDataKey, getVaultStatus, holdSession } from '../../../src/vault/vaultState';
import { useRealI18n } from '../../support/i18n';
import { randomSessionKeys } from '../../support/sessionKeys';

beforeAll(async () => {
  await useRealI18n('en');
});

afterEach(() => {
  dropDataKey('checking');
  vi.restoreAllMocks();
});

describe('the header', () => {
  it('offers Lock whenever the vault is open, and it locks at once', async () => {
    holdSession(await randomSessionKeys());
    render(
      <MemoryRouter>
        <Header unlocked />
      </MemoryRouter>,
    );
    const lock = screen.getByRole('button', { name: 'Lock' });
    expect(lock).toHaveAccessibleDescription('Locks Polku now. Your passphrase opens it again.');
    await userEvent.click(lock);
    expect(getVaultStatus()).toBe('locked');
  });

  it('has no Lock button while the vault is closed', () => {
    render(
      <MemoryRouter>
        <Header unlocked={false} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
  });
});

describe('the layout', () => {
  it('starts every route change at the top of the page', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    let go: (path: string) => void = () => undefined;
    function Screen({ name }: { name: string }) {
      go = useNavigate();
      return <h1>{name}</h1>;
    }
    render(
      <MemoryRouter initialEntries={['/help']}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="help" element={<Screen name="Help" />} />
            <Route path="help/services" element={<Screen name="Services" />} />
          </Route>
        </Routes>
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { name: 'Help' });
    scrollTo.mockClear();
    act(() => go('/help/services'));
    await screen.findByRole('heading', { name: 'Services' });
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });
});
