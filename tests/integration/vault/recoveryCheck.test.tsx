/**
 * Issue 9, item 10: the recovery code's check characters name the group with a typing error, and
 * a typo is not counted as a failed attempt (the back-off counter stays as it was).
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import { createVault, getUnlockGuard } from '../../../src/storage/vaultKeys';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { FAST, guardCryptoOutsideTransactions, useFreshVault } from '../../unit/storage/support';
import { renderAt, watchConsoleFor } from './render';

const PASS = 'vuoren takana sataa lunta hiljaa 42';
const NEW = 'kolme uutta sanaa ja yksi lisää 99';
useFreshVault();
guardCryptoOutsideTransactions();
watchConsoleFor(() => [PASS, NEW]);

describe('recovery code check characters', () => {
  test('a typo names its group and is not a failed attempt; the corrected code opens the vault', async () => {
    const { recoveryCode } = await createVault(PASS, undefined, FAST);
    lockVault();
    const groups = recoveryCode.split('-');
    const third = groups[2] ?? '';
    const typo = [...groups];
    typo[2] = (third[0] === 'A' ? 'B' : 'A') + third.slice(1);
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await user.click(await screen.findByRole('button', { name: 'I forgot my passphrase' }));
    expect(await screen.findByRole('heading', { name: 'Open with your recovery code' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('New passphrase'), NEW);
    await user.type(screen.getByLabelText('Type the passphrase again'), NEW);
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/), { timeout: 10_000 });
    await user.type(screen.getByLabelText('Recovery code'), typo.join('-'));
    await user.click(screen.getByRole('button', { name: 'Open with the new passphrase' }));
    expect(await screen.findByText('Group 3 has a typing error. Check it against what you wrote down.')).toBeInTheDocument();
    expect((await getUnlockGuard()).failures).toBe(0);
    expect(getVaultStatus()).toBe('locked');
    await user.clear(screen.getByLabelText('Recovery code'));
    await user.type(screen.getByLabelText('Recovery code'), recoveryCode);
    await user.click(screen.getByRole('button', { name: 'Open with the new passphrase' }));
    await waitFor(() => expect(getVaultStatus()).toBe('unlocked'), { timeout: 8000 });
  });
});
