import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { defineCollection, readable } from '../../../src/storage/records';
import { createVault } from '../../../src/storage/vaultKeys';
import { initVault, lockVault } from '../../../src/vault/session';
import { closeVaultChannel } from '../../../src/vault/lockChannel';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

const schema = z.object({ n: z.number(), tab: z.string() });

/** A second copy of every vault and storage module: its own connection, key and channel, like a tab. */
async function openSecondTab() {
  vi.resetModules();
  const keys = await import('../../../src/storage/vaultKeys');
  const records = await import('../../../src/storage/records');
  const session = await import('../../../src/vault/session');
  const channel = await import('../../../src/vault/lockChannel');
  await session.initVault();
  await keys.unlockWithPassphrase(PASSPHRASE);
  return { records, session, close: channel.closeVaultChannel };
}

describe('two tabs', () => {
  test('interleaved writes from both tabs lose nothing, and a lock in one locks the other', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await initVault();
    const tabB = await openSecondTab();
    const inA = defineCollection('checkins', schema);
    const inB = tabB.records.defineCollection('checkins', schema);
    await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? inA.put({ n, tab: 'A' }) : inB.put({ n, tab: 'B' }))));
    const seenByA = readable(await inA.list()).map((x) => x.value.n).sort((x, y) => x - y);
    const seenByB = readable(await inB.list()).map((x) => x.value.n).sort((x, y) => x - y);
    expect(seenByA).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(seenByB).toEqual(seenByA);

    lockVault();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tabB.session.getVaultStatus()).toBe('locked');
    tabB.close();
    closeVaultChannel();
  });
});
