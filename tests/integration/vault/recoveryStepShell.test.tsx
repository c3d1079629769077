/**
 * Issue 10 item 10: the recovery-code step of first run is not left by accident. In the whole shell
 * (AppLayout: header, navigation, footer) on a real vault, once the code is on screen the only
 * ways out are Get help now and Quick exit (and Lock, which asks for a new code after unlocking):
 * the header's "Polku" is not a link, no main navigation, no footer links. Get help now still
 * opens help at once, and there the reminder says the code must be made again, so nothing is
 * dropped silently. After the code is confirmed and first run ends, the links are back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppLayout } from '../../../src/app/layout/AppLayout';
import OnboardingRoute from '../../../src/features/onboarding/OnboardingRoute';
import { getVaultStatus } from '../../../src/vault/vaultState';
import { guardCryptoOutsideTransactions, useFreshVault } from '../../unit/storage/support';
import { watchConsoleFor } from './render';

const PASS = 'sininen lintu lensi yli harmaan meren';
const SLOW = { timeout: 10_000 };
useFreshVault();
guardCryptoOutsideTransactions();
let shownCode = '';
watchConsoleFor(() => [PASS, ...(shownCode ? [shownCode] : [])]);
afterEach(() => vi.unstubAllGlobals());

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

function renderShell() {
  render(
    <MemoryRouter initialEntries={['/welcome']}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="welcome/*" element={<OnboardingRoute />} />
          <Route path="help/*" element={<h1>Help page</h1>} />
          <Route index element={<h1>Today page</h1>} />
        </Route>
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('where').textContent;
const linkNames = () => screen.queryAllByRole('link').map((link) => link.textContent);

async function toRecoveryStep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Continue' }, SLOW));
  await user.click(await screen.findByRole('button', { name: 'I am 18 or older' }, SLOW));
  await user.click(await screen.findByRole('button', { name: 'Continue' }, SLOW));
  await user.type(await screen.findByLabelText('New passphrase', {}, SLOW), PASS);
  await user.type(screen.getByLabelText('Type the passphrase again'), PASS);
  await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/), SLOW);
  await user.click(screen.getByRole('button', { name: 'Create my private space' }));
  expect(await screen.findByRole('heading', { name: 'Your recovery code' }, SLOW)).toBeInTheDocument();
  return document.querySelector('.secret-code')?.textContent ?? '';
}

function expectOnlyHelpAndExit() {
  const header = within(screen.getByRole('banner'));
  expect(header.getByText('Polku')).toBeInTheDocument();
  expect(header.queryByRole('link', { name: 'Polku' })).toBeNull();
  expect(screen.queryByRole('navigation')).toBeNull();
  // The skip link stays on the page; Get help now is the one way to another screen.
  expect(linkNames()).toEqual(['Skip to content', 'Get help now']);
  expect(header.getByRole('button', { name: 'Quick exit' })).toBeEnabled();
}

describe('first run: the recovery-code step keeps the person until the code is confirmed', () => {
  test('before the vault exists the links are there; on the recovery step only Get help now and Quick exit lead away', async () => {
    const user = userEvent.setup();
    renderShell();
    expect(await screen.findByRole('heading', { name: 'Welcome to Polku' }, SLOW)).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Polku' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'More' })).toBeInTheDocument();

    shownCode = await toRecoveryStep(user);
    expectOnlyHelpAndExit();
    // Also while the code is typed back.
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expectOnlyHelpAndExit();

    await user.type(screen.getByLabelText('Type the code to show you have it'), shownCode);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Start using Polku' }, SLOW));
    expect(await screen.findByRole('heading', { name: 'Today page' }, SLOW)).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Polku' })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Main' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'More' })).toBeInTheDocument();
    shownCode = '';
  });

  test('Get help now still opens help at once, and there the person is told to make a new code', async () => {
    const user = userEvent.setup();
    renderShell();
    shownCode = await toRecoveryStep(user);
    await user.click(screen.getByRole('link', { name: 'Get help now' }));
    expect(await screen.findByRole('heading', { name: 'Help page' })).toBeInTheDocument();
    expect(where()).toBe('/help');
    expect(document.querySelector('.secret-code')).toBeNull();
    expect(await screen.findByText('Make a new recovery code', {}, SLOW)).toBeInTheDocument();
    shownCode = '';
  });

  test('Quick exit works there: it locks at once and leaves for the neutral page', async () => {
    const user = userEvent.setup();
    const replace = vi.fn();
    vi.stubGlobal('location', { ...window.location, replace });
    renderShell();
    shownCode = await toRecoveryStep(user);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(getVaultStatus()).toBe('locked');
    expect(replace).toHaveBeenCalledWith('/neutral');
    await waitFor(() => expect(document.querySelector('.secret-code')).toBeNull());
    shownCode = '';
  });
});
