/**
 * Tools integration harness: a real vault on fake-indexeddb with real Web Crypto and real
 * i18next; the tools behind a gate that, like the shell's VaultGate, shows the real lock screen
 * when the vault locks, and the public /plan route (the outside copy) beside it.
 */
import { act, render } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import PlanCopyRoute from '../../../src/features/tools/PlanCopyRoute';
import ToolsRoute from '../../../src/features/tools/ToolsRoute';
import { unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { lockVault } from '../../../src/vault/vaultState';
import { PASSPHRASE, reloadVault, useUnlockedVault, useVaultStatusForTests, Where } from '../../support/vaultScreens';

export { PASSPHRASE };

/** A fresh, unlocked vault before each test. */
export const useToolsVault = useUnlockedVault;

/** Like the shell's VaultGate: the tools while open, the real lock screen when locked. */
function ToolsGate() {
  return useVaultStatusForTests() === 'unlocked' ? <ToolsRoute /> : <LockScreen />;
}

export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Suspense fallback={<p>Loading</p>}>
        <Routes>
          <Route path="/tools/*" element={<ToolsGate />} />
          <Route path="/plan" element={<PlanCopyRoute />} />
          <Route path="*" element={<ToolsGate />} />
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
export const reload = reloadVault;
