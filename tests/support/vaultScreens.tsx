/**
 * Shared harness for screen tests on a real vault (fake-indexeddb, real Web Crypto, real
 * i18next): a fresh unlocked vault before each test, a gate that unmounts the screens when the
 * vault locks (like the shell's VaultGate), the current address, and a page reload.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { beforeAll, beforeEach } from 'vitest';
import { setSaveState } from '../../src/storage/autosave/saveStatus';
import { closeDb, resetDbForTests } from '../../src/storage/db';
import { createVault, unlockWithPassphrase } from '../../src/storage/vaultKeys';
import type { Language } from '../../src/i18n/languages';
import { DEFAULT_LOCK_PREFS, dropDataKey, getVaultStatus, lockVault, setLockPrefs, subscribeVaultStatus } from '../../src/vault/vaultState';
import { useRealI18n } from './i18n';

export const PASSPHRASE = 'seitsemän sanaa joita kukaan ei arvaa';
/** The smallest Argon2id profile the vault allows, so tests stay quick. */
const FAST = { m: 19456, t: 2, p: 1 } as const;

/** A fresh, unlocked vault before each test (the vault uses one database; it is deleted each time). */
export function useUnlockedVault(language: Language = 'en'): void {
  beforeAll(async () => {
    await useRealI18n(language);
  });
  beforeEach(async () => {
    dropDataKey('checking');
    setLockPrefs(DEFAULT_LOCK_PREFS);
    setSaveState({ kind: 'idle' });
    await resetDbForTests();
    await createVault(PASSPHRASE, undefined, FAST);
  });
}

export function useVaultStatusForTests() {
  return useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
}

/** Shows its children only while the vault is open; "Locked" otherwise. */
export function Gate({ children }: { children: ReactNode }) {
  return useVaultStatusForTests() === 'unlocked' ? children : <p>Locked</p>;
}

/** The current address, for tests that follow navigation. */
export function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

/**
 * What a page reload does: every decrypted cache is gone and the database is opened afresh; the
 * person unlocks; the screens decrypt from IndexedDB again.
 */
export async function reloadVault(unmount: () => void, whileLocked?: () => void): Promise<void> {
  unmount();
  lockVault();
  closeDb();
  whileLocked?.();
  await unlockWithPassphrase(PASSPHRASE);
}
