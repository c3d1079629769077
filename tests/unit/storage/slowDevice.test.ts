/**
 * Issue 9, item 10: a passphrase slot made with the slow-device fallback is made again with the
 * default parameters once an unlock shows the device is fast enough; a default slot is left alone.
 */
import { describe, expect, test, vi } from 'vitest';
import { createVault, slotUpgradeSettled, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { SLOTS_TABLE } from '../../../src/storage/schemaNames';
import { SLOW_DEVICE_ARGON2 } from '../../../src/vault/keyring';
import { lockVault } from '../../../src/vault/vaultState';
import { PASSPHRASE, guardCryptoOutsideTransactions, rawGet, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

type Slot = { kdf: { m: number; t: number; p: number; salt: Uint8Array } };
const passphraseSlot = async () => (await rawGet(SLOTS_TABLE, 'passphrase')) as Slot;

describe('slow-device parameters', () => {
  test('are raised to the default after an unlock on a device that is fast again', async () => {
    await createVault(PASSPHRASE, undefined, SLOW_DEVICE_ARGON2);
    expect((await passphraseSlot()).kdf).toMatchObject({ m: 47104, t: 1, p: 1 });
    lockVault();
    // "Fast again" whatever else this machine is doing: the unlock's clock stands still.
    vi.spyOn(performance, 'now').mockReturnValue(0);
    await unlockWithPassphrase(PASSPHRASE);
    await slotUpgradeSettled();
    expect((await passphraseSlot()).kdf).toMatchObject({ m: 65536, t: 3, p: 1 });
    // The raised slot opens with the same passphrase, and only with it.
    lockVault();
    await expect(unlockWithPassphrase('not the passphrase at all')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await unlockWithPassphrase(PASSPHRASE);
    await slotUpgradeSettled();
  });

  test('a slot with the default parameters is not written again', async () => {
    await createVault(PASSPHRASE);
    const before = await passphraseSlot();
    lockVault();
    await unlockWithPassphrase(PASSPHRASE);
    await slotUpgradeSettled();
    expect(Buffer.from((await passphraseSlot()).kdf.salt).equals(Buffer.from(before.kdf.salt))).toBe(true);
  });
});
