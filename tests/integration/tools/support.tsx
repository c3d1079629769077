/**
 * Tools integration harness: a real vault on fake-indexeddb with real Web Crypto and real
 * i18next; the tools behind a gate that, like the shell's VaultGate, shows the real lock screen
 * when the vault locks, and the public /plan route (the outside copy) beside it.
 */
import { act, render } from '@testing-library/react';
import { Suspense, useSyncExternalStore } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeAll, beforeEach } from 'vitest';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import PlanCopyRoute from '../../../src/features/tools/PlanCopyRoute';
import ToolsRoute from '../../../src/features/tools/ToolsRoute';
import { setSaveState } from '../../../src/storage/autosave/saveStatus';
import { closeDb, resetDbForTests } from '../../../src/storage/db';
import { createVault, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { DEFAULT_LOCK_PREFS, dropDataKey, getVaultStatus, lockVault, setLockPrefs, subscribeVaultStatus } from '../../../src/vault/vaultState';
import type { Language } from '../../../src/i18n/languages';
import { useRealI18n } from '../../support/i18n';

export const PASSPHRASE = 'seitsemän sanaa joita kukaan ei arvaa';
const FAST = { m: 19456, t: 2, p: 1 } as const;

export function useToolsVault(language: Language = 'en'): void {
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

function Gate() {
  const status = useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
  return status === 'unlocked' ? <ToolsRoute /> : <LockScreen />;
}

function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Suspense fallback={<p>Loading</p>}>
        <Routes>
          <Route path="/tools/*" element={<Gate />} />
          <Route path="/plan" element={<PlanCopyRoute />} />
          <Route path="*" element={<Gate />} />
        </Routes>
      </Suspense>
      <Where />
    </MemoryRouter>,
  );
}

export async function unlock(): Promise<void> {
  await act(async () => {
    await unlockWithPassphrase(PASSPHRASE);
  });
}

export function lock(): void {
  act(() => lockVault());
}

/** A page reload: every decrypted cache goes, the database is opened afresh, then unlock. */
export async function reload(unmount: () => void): Promise<void> {
  unmount();
  lockVault();
  closeDb();
  await unlockWithPassphrase(PASSPHRASE);
}
