/**
 * Issue 9, item 2 (and the crash case of item 10): the recovery code leaves the screen and the
 * state when the vault locks on first run; until it is confirmed a plaintext flag (a boolean, never
 * the code) says so, and after the next unlock the person is asked to make a new code.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import OnboardingRoute from '../../../src/features/onboarding/OnboardingRoute';
import { RecoveryReminder } from '../../../src/features/lock/RecoveryReminder';
import { openDb } from '../../../src/storage/db';
import * as vaultKeys from '../../../src/storage/vaultKeys';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { FAST, guardCryptoOutsideTransactions, rawDump, useFreshVault } from '../../unit/storage/support';
import { renderAt, watchConsoleFor } from './render';

const PASS = 'sininen lintu lensi yli harmaan meren';
useFreshVault();
guardCryptoOutsideTransactions();
let shownCode = '';
watchConsoleFor(() => [PASS, ...(shownCode ? [shownCode] : [])]);

const pending = () => (vaultKeys as unknown as { isRecoveryCodePending: () => Promise<boolean> }).isRecoveryCodePending();

async function toRecoveryStep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('button', { name: 'I am 18 or older' }));
  await user.click(await screen.findByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('New passphrase'), PASS);
  await user.type(screen.getByLabelText('Type the passphrase again'), PASS);
  await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/), { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Create my private space' }));
  expect(await screen.findByRole('heading', { name: 'Your recovery code' }, { timeout: 8000 })).toBeInTheDocument();
  return document.querySelector('.secret-code')?.textContent ?? '';
}

describe('recovery code and the lock', () => {
  test('a lock on the first-run recovery step removes the code from the screen and leaves for the lock screen', async () => {
    const user = userEvent.setup();
    const { container, router } = renderAt(<OnboardingRoute />, '/welcome');
    shownCode = await toRecoveryStep(user);
    expect(shownCode).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    lockVault('idle');
    await waitFor(() => expect(container.textContent ?? '').not.toContain(shownCode));
    expect(document.querySelector('.secret-code')).toBeNull();
    expect(router.state.location.pathname).toBe('/');
    expect(await pending()).toBe(true);
    // Only a boolean is stored: no form of the code is in the database.
    const raw = JSON.stringify(await rawDump(), (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
    expect(raw).not.toContain(shownCode);
    expect(raw).not.toContain(shownCode.replace(/-/g, ''));
    shownCode = '';
  });

  test('after unlocking, an unconfirmed code (lock or crash on the recovery step) asks for a new one; confirming clears it', async () => {
    await vaultKeys.createVault(PASS, undefined, FAST);
    lockVault();
    await vaultKeys.unlockWithPassphrase(PASS);
    const { router } = renderAt(<RecoveryReminder unlocked={getVaultStatus() === 'unlocked'} />, '/today');
    expect(await screen.findByText('Make a new recovery code')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Go to Settings' }));
    expect(router.state.location.pathname).toBe('/settings');

    const code = await vaultKeys.regenerateRecoveryCode(PASS);
    expect(code).toBeTruthy();
    expect(await pending()).toBe(true);
    await (vaultKeys as unknown as { confirmRecoveryCode: () => Promise<void> }).confirmRecoveryCode();
    expect(await pending()).toBe(false);
    expect((await (await openDb()).meta.toArray()).map((row) => (row as { id: string }).id)).not.toContain('recovery-pending');
  });

  test('the first-run flow that confirms the code leaves no reminder', async () => {
    const user = userEvent.setup();
    renderAt(<OnboardingRoute />, '/welcome');
    const code = await toRecoveryStep(user);
    await user.click(screen.getByRole('button', { name: 'I have written it down' }));
    await user.type(screen.getByLabelText('Type the code to show you have it'), code);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Start using Polku' }, { timeout: 8000 })).toBeInTheDocument();
    await waitFor(async () => expect(await pending()).toBe(false));
  });
});
