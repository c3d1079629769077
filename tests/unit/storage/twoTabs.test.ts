import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { defineRecords, type RecordType } from '../../../src/storage/records';
import { createVault, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { initVault } from '../../../src/storage/vaultActions';
import { lockVault } from '../../../src/vault/vaultState';
import { closeVaultChannel } from '../../../src/vault/lockChannel';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

const schema = z.object({ n: z.number(), tab: z.string() });
/** Every record in the same page, so the two tabs really write over each other's page. */
const checkins: RecordType<z.infer<typeof schema>> = { collection: 'checkins', schema, idOf: (c) => String(c.n), spanOf: () => '2026-11' };

/** A second copy of every vault and storage module: its own connection, key and channel, like a tab. */
async function openSecondTab() {
  vi.resetModules();
  const keys = await import('../../../src/storage/vaultKeys');
  const records = await import('../../../src/storage/records');
  const session = await import('../../../src/vault/vaultState');
  const actions = await import('../../../src/storage/vaultActions');
  const channel = await import('../../../src/vault/lockChannel');
  await actions.initVault();
  await keys.unlockWithPassphrase(PASSPHRASE);
  return { records, session, keys, close: channel.closeVaultChannel };
}

describe('two tabs', () => {
  test('interleaved writes from both tabs lose nothing, and a lock in one locks the other', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await initVault();
    const tabB = await openSecondTab();
    const inA = defineRecords(checkins);
    const inB = tabB.records.defineRecords(checkins);
    await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? inA.save({ n, tab: 'A' }) : inB.save({ n, tab: 'B' }))));
    // Each tab sees its own writes at once; after a reload (a fresh read) both see all of them.
    lockVault();
    await vi.waitFor(() => expect(tabB.session.getVaultStatus()).toBe('locked'));
    await unlockWithPassphrase(PASSPHRASE);
    await tabB.keys.unlockWithPassphrase(PASSPHRASE);
    const seenByA = [...(await inA.load()).keys()].map(Number).sort((x, y) => x - y);
    const seenByB = [...(await inB.load()).keys()].map(Number).sort((x, y) => x - y);
    expect(seenByA).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(seenByB).toEqual(seenByA);

    lockVault();
    await vi.waitFor(() => expect(tabB.session.getVaultStatus()).toBe('locked'));
    tabB.close();
    closeVaultChannel();
  });
});
