import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import OnboardingRoute from '../../../src/features/onboarding/OnboardingRoute';
import { unlockWithRecoveryCode } from '../../../src/storage/vaultKeys';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { guardCryptoOutsideTransactions, useFreshVault } from '../../unit/storage/support';
import { expectSensitiveInputs, renderAt, watchConsoleFor } from './render';

const PASS = 'sininen lintu lensi yli harmaan meren';
useFreshVault();
guardCryptoOutsideTransactions();
watchConsoleFor(() => [PASS]);
afterEach(() => vi.unstubAllGlobals());

function stubPersist(granted: boolean) {
  const persist = vi.fn(async () => granted);
  vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => false, persist, estimate: async () => ({}) } });
  return persist;
}

async function throughIntro(user: ReturnType<typeof userEvent.setup>) {
  expect(await screen.findByRole('heading', { name: 'Welcome to Polku' })).toBeInTheDocument();
  expect(screen.getByText(/not therapy/)).toBeInTheDocument();
  expect(screen.getByText(/not crisis care/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  // Every step after the first loads on its own (off the first screen's critical path).
  await user.click(await screen.findByRole('button', { name: 'I am 18 or older' }));
  expect(await screen.findByRole('heading', { name: 'Your privacy' })).toBeInTheDocument();
  expect(screen.getByText(/monitoring or spying software/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByLabelText('New passphrase')).toBeInTheDocument();
}

describe('OnboardingRoute', () => {
  test('an under-18 gets a kind answer and a link to help for young people, not a dead end', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(<OnboardingRoute />, '/welcome');
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'I am under 18' }));
    expect(screen.getByRole('heading', { name: 'There is help for you too' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Help for young people' }));
    expect(router.state.location.pathname).toBe('/help/youth');
  });

  test('refuses a weak passphrase with the reason and creates nothing', async () => {
    const user = userEvent.setup();
    const { container } = renderAt(<OnboardingRoute />, '/welcome');
    await throughIntro(user);
    expectSensitiveInputs(container);
    expect(screen.getByLabelText('New passphrase')).toHaveAttribute('autocomplete', 'off');
    await user.type(screen.getByLabelText('New passphrase'), 'password1234');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'password1234');
    expect(await screen.findByText('It is a common password that attackers try first.', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create my private space' }));
    expect(screen.getByText('Choose a strong passphrase and type it twice.')).toBeInTheDocument();
    expect(getVaultStatus()).not.toBe('unlocked');
  });

  test('the word-list generator fills a strong passphrase', async () => {
    const user = userEvent.setup();
    renderAt(<OnboardingRoute />, '/welcome');
    await throughIntro(user);
    await user.click(screen.getByRole('button', { name: 'Suggest a passphrase' }));
    await waitFor(() => expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value.split(' ')).toHaveLength(6));
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/));
  });

  test('creates the vault, shows the recovery code once, checks it, asks for persistence and warns when refused', async () => {
    const persist = stubPersist(false);
    const user = userEvent.setup();
    const { router } = renderAt(<OnboardingRoute />, '/welcome');
    await throughIntro(user);
    await user.type(screen.getByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASS);
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/));
    await user.click(screen.getByRole('button', { name: 'Create my private space' }));
    expect(await screen.findByRole('heading', { name: 'Your recovery code' }, { timeout: 8000 })).toBeInTheDocument();
    expect(getVaultStatus()).toBe('unlocked');
    const code = document.querySelector('.secret-code')?.textContent ?? '';
    expect(code).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    expect(document.querySelector('.secret-code')).toBeNull();
    await user.type(screen.getByLabelText('Type the code to show you have it'), 'ABCD');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('That is not the same code. Check what you wrote down.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Type the code to show you have it'));
    await user.type(screen.getByLabelText('Type the code to show you have it'), code.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Issue 10 item 10: calm words, no jargon and no alarm colour.
    expect(await screen.findByText("This browser may remove your data in Polku if the device runs short of space. A backup keeps a copy safe.")).toBeInTheDocument();
    expect(persist).toHaveBeenCalledOnce();
    expect(document.querySelector('.notice--warning, .notice--error, [role="alert"]')).toBeNull();
    expect(screen.getByTestId('backup-warning')).toHaveTextContent('make an encrypted backup from time to time');
    await user.click(screen.getByRole('button', { name: 'Start using Polku' }));
    expect(router.state.location.pathname).toBe('/');
    lockVault();
    await unlockWithRecoveryCode(code, 'another strong passphrase here 1');
  });

  test.each([
    [true, /press Shift three times/, /Tap Quick exit/],
    [false, /Tap Quick exit at the top of the screen/, /Shift/],
  ])('the privacy step mentions Shift only where there is a keyboard (fine pointer: %s)', async (fine, shown, hidden) => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: fine && query.includes('pointer: fine'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    const { PrivacyStep } = await import('../../../src/features/onboarding/PrivacyStep');
    renderAt(<PrivacyStep onNext={() => undefined} onBack={() => undefined} />);
    expect(await screen.findByText(shown)).toBeInTheDocument();
    expect(screen.queryByText(hidden)).toBeNull();
  });

  test('on an iPhone Safari tab it says data can be lost even when persistence is granted', async () => {
    stubPersist(true);
    vi.stubGlobal('navigator', { ...navigator, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', maxTouchPoints: 5, storage: { persisted: async () => true, persist: async () => true } });
    const { StorageStep } = await import('../../../src/features/onboarding/StorageStep');
    renderAt(<StorageStep onDone={() => undefined} />);
    expect(await screen.findByText(/Safari removes a site's data if it is not opened for 7 days/)).toBeInTheDocument();
    expect(screen.getByTestId('backup-warning')).toHaveTextContent('kept only on this device');
  });
});

describe('OnboardingRoute when storage is full', () => {
  test('says storage is full and creates nothing', async () => {
    const { openDb } = await import('../../../src/storage/db');
    const db = await openDb();
    vi.spyOn(db.slots, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderAt(<OnboardingRoute />, '/welcome');
    await throughIntro(user);
    await user.type(screen.getByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASS);
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/));
    await user.click(screen.getByRole('button', { name: 'Create my private space' }));
    expect(await screen.findByText(/storage for Polku on this device is full, so nothing was saved/, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(getVaultStatus()).not.toBe('unlocked');
    vi.restoreAllMocks();
    expect(await db.slots.count()).toBe(0);
  });
});
