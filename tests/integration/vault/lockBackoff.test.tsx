/**
 * Issue 10 item 9: the first wrong passphrase must not look like a back-off. Only Date is faked, so
 * the screen can be "open" for a while before the attempt; timers, IndexedDB and Web Crypto stay real.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openDb } from '../../../src/storage/db';
import { createVault } from '../../../src/storage/vaultKeys';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { FAST, useFreshVault } from '../../unit/storage/support';
import { renderAt, watchConsoleFor } from './render';

const PASS = 'vuoren takana sataa lunta hiljaa 42';
const WRONG = 'wrong guess here';
useFreshVault();
watchConsoleFor(() => [PASS, WRONG]);

const START = new Date('2026-11-27T10:00:00Z').getTime();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

async function tryWrong(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Passphrase'), WRONG);
  await user.click(screen.getByRole('button', { name: 'Open' }));
}

describe('LockScreen back-off', () => {
  test('one wrong passphrase after the screen has been open a while says only that it was wrong', async () => {
    await createVault(PASS, undefined, FAST);
    lockVault();
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await screen.findByLabelText('Passphrase');
    vi.setSystemTime(START + 12_000);
    await tryWrong(user);
    expect(await screen.findByText('That passphrase did not open Polku. Check it and try again.', {}, { timeout: 8000 })).toBeInTheDocument();
    // The guard is read again after the failure; give it every chance to (wrongly) show a wait.
    await vi.waitFor(async () => expect((await (await openDb()).meta.get('guard'))?.failures).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/Too many attempts/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toBeEnabled();
    expect(getVaultStatus()).toBe('locked');
  });

  test('the fifth failure shows the real wait, and it counts down', async () => {
    await createVault(PASS, undefined, FAST);
    lockVault();
    const db = await openDb();
    await db.meta.put({ id: 'guard', failures: 4, retryAt: 0, wipeAfter: null });
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await screen.findByLabelText('Passphrase');
    vi.setSystemTime(START + 40_000);
    await tryWrong(user);
    expect(await screen.findByText('Too many attempts. You can try again in 30 seconds.', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
    vi.setSystemTime(Date.now() + 10_000);
    expect(await screen.findByText(/Too many attempts\. You can try again in (19|20) seconds\./, {}, { timeout: 3000 })).toBeInTheDocument();
  });
});
