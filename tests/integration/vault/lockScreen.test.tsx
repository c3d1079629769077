import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { openDb } from '../../../src/storage/db';
import { createVault } from '../../../src/storage/vaultKeys';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { FAST, guardCryptoOutsideTransactions, useFreshVault } from '../../unit/storage/support';
import { expectSensitiveInputs, renderAt, watchConsoleFor } from './render';

const PASS = 'vuoren takana sataa lunta hiljaa 42';
const NEW = 'kolme uutta sanaa ja yksi lisää 99';
useFreshVault();
guardCryptoOutsideTransactions();
watchConsoleFor(() => [PASS, NEW, 'wrong guess here']);

async function lockedVault(): Promise<string> {
  const { recoveryCode } = await createVault(PASS, undefined, FAST);
  lockVault();
  return recoveryCode;
}

describe('LockScreen', () => {
  test('names only Polku, never the topic, and keeps browser helpers off the passphrase field', async () => {
    await lockedVault();
    const { container } = renderAt(<LockScreen />);
    expect(await screen.findByRole('heading', { name: 'Polku is locked' })).toBeInTheDocument();
    expect(container.textContent ?? '').not.toMatch(/child|sexual|abuse|urge|CSAM|offend/i);
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('autocomplete', 'off');
    expectSensitiveInputs(container);
  });

  test('a wrong passphrase says so, empties the field and stays locked', async () => {
    await lockedVault();
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await user.type(await screen.findByLabelText('Passphrase'), 'wrong guess here');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('That passphrase did not open Polku. Check it and try again.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveValue('');
    expect(getVaultStatus()).toBe('locked');
  });

  test('the right passphrase (Enter key) unlocks', async () => {
    await lockedVault();
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    await waitFor(() => expect(getVaultStatus()).toBe('unlocked'), { timeout: 5000 });
  });

  test('after repeated failures it shows how long to wait and will not try', async () => {
    await lockedVault();
    const db = await openDb();
    await db.meta.put({ id: 'guard', failures: 5, retryAt: Date.now() + 30_000, wipeAfter: null });
    renderAt(<LockScreen />);
    expect(await screen.findByText(/Too many attempts\. You can try again in (29|30) seconds\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
  });

  test('the recovery code opens it with a new passphrase; a wrong code changes nothing', async () => {
    const code = await lockedVault();
    const user = userEvent.setup();
    const { container } = renderAt(<LockScreen />);
    await user.click(await screen.findByRole('button', { name: 'I forgot my passphrase' }));
    expect(await screen.findByRole('heading', { name: 'Open with your recovery code' })).toBeInTheDocument();
    expectSensitiveInputs(container);
    await user.type(screen.getByLabelText('New passphrase'), NEW);
    await user.type(screen.getByLabelText('Type the passphrase again'), NEW);
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong/));
    await user.type(screen.getByLabelText('Recovery code'), 'not a code');
    await user.click(screen.getByRole('button', { name: 'Open with the new passphrase' }));
    expect(await screen.findByText(/does not look like a recovery code/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Recovery code'));
    await user.type(screen.getByLabelText('Recovery code'), code);
    await user.click(screen.getByRole('button', { name: 'Open with the new passphrase' }));
    await waitFor(() => expect(getVaultStatus()).toBe('unlocked'), { timeout: 8000 });
  });
});

describe('LockScreen errors', () => {
  test('a damaged key slot gets its own message and nothing changes', async () => {
    await lockedVault();
    const db = await openDb();
    const slot = await db.slots.get('passphrase');
    await db.slots.put({ ...slot, id: 'passphrase', kdf: { ...(slot?.kdf as object), m: 1024 } });
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    expect(await screen.findByText(/The key data on this device is damaged/)).toBeInTheDocument();
    await act(async () => undefined);
    expect(getVaultStatus()).toBe('locked');
  });
});

describe('LockScreen with storage trouble', () => {
  test('an upgrade blocked by an old tab says to close other tabs, offers a reload, and stays locked', async () => {
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('app', 5);
      request.onupgradeneeded = () => request.result.createObjectStore('s', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
    });
    old.onversionchange = () => undefined;
    const user = userEvent.setup();
    renderAt(<LockScreen />);
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    expect(await screen.findByText(/open in another tab with an older version/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload Polku' })).toBeInTheDocument();
    expect(getVaultStatus()).not.toBe('unlocked');
    old.close();
  });
});
