import { describe, expect, test } from 'vitest';
import { META_TABLE } from '../../../src/storage/schemaNames';
import { createVault, saveLockPrefs, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { DEFAULT_LOCK_PREFS, getLockPrefs, lockVault } from '../../../src/vault/vaultState';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, rawDump, rawPut, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

const metaRows = async () => (await rawDump()).find((s) => s.name === META_TABLE)?.rows.map((r) => r.value as { id: string }) ?? [];

async function relock(): Promise<void> {
  lockVault();
  await unlockWithPassphrase(PASSPHRASE);
}

describe('auto-lock preferences', () => {
  test('live inside the vault: nothing about them is stored in clear, and they survive a reload', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await saveLockPrefs({ autoLockMinutes: 1, hiddenGraceSeconds: 0 });
    expect((await metaRows()).map((r) => r.id)).not.toContain('lock');
    await relock();
    expect(getLockPrefs()).toEqual({ autoLockMinutes: 1, hiddenGraceSeconds: 0 });
  });

  test('a plaintext row written into the profile cannot lengthen the time-outs', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await saveLockPrefs({ autoLockMinutes: 2, hiddenGraceSeconds: 0 });
    await rawPut(META_TABLE, { id: 'lock', autoLockMinutes: 30, hiddenGraceSeconds: 60 });
    await relock();
    expect(getLockPrefs()).toEqual({ autoLockMinutes: 2, hiddenGraceSeconds: 0 });
  });

  test('only the offered choices are accepted', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await expect(saveLockPrefs({ autoLockMinutes: 5, hiddenGraceSeconds: 300 })).rejects.toThrow();
    await expect(saveLockPrefs({ autoLockMinutes: 600, hiddenGraceSeconds: 30 })).rejects.toThrow();
    await relock();
    expect(getLockPrefs()).toEqual(DEFAULT_LOCK_PREFS);
  });

  test('preferences an older version kept in clear move into the vault on the first unlock', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await rawPut(META_TABLE, { id: 'lock', autoLockMinutes: 15, hiddenGraceSeconds: 60 });
    await relock();
    expect(getLockPrefs()).toEqual({ autoLockMinutes: 15, hiddenGraceSeconds: 60 });
    expect((await metaRows()).map((r) => r.id)).not.toContain('lock');
    await relock();
    expect(getLockPrefs()).toEqual({ autoLockMinutes: 15, hiddenGraceSeconds: 60 });
  });

  test('an old plaintext value that the screen never offered (300 s hidden) is dropped, not trusted', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await rawPut(META_TABLE, { id: 'lock', autoLockMinutes: 5, hiddenGraceSeconds: 300 });
    await relock();
    expect(getLockPrefs()).toEqual(DEFAULT_LOCK_PREFS);
    expect((await metaRows()).map((r) => r.id)).not.toContain('lock');
  });
});
