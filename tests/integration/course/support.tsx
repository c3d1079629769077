/**
 * Course integration harness: a real vault on fake-indexeddb with real Web Crypto, real i18next,
 * and the course routes behind a gate that, like the shell's VaultGate, unmounts everything when
 * the vault locks. A "reload" drops every in-memory cache (lock) and unlocks with the passphrase,
 * so what is shown afterwards was decrypted from IndexedDB.
 */
import { act, render, screen } from '@testing-library/react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeAll, beforeEach, expect } from 'vitest';
import CourseRoute from '../../../src/features/course/CourseRoute';
import { answerStore, progressStore } from '../../../src/features/course/data/courseRecords';
import { setSaveState, useSaveStatus } from '../../../src/storage/autosave/saveStatus';
import { closeDb, resetDbForTests } from '../../../src/storage/db';
import { createVault, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { DEFAULT_LOCK_PREFS, dropDataKey, getVaultStatus, lockVault, setLockPrefs, subscribeVaultStatus } from '../../../src/vault/vaultState';
import { SaveStatusLine } from '../../../src/ui/SaveStatusLine';
import type { Language } from '../../../src/i18n/languages';
import { useRealI18n } from '../../support/i18n';

export const PASSPHRASE = 'seitsemän sanaa joita kukaan ei arvaa';
/** The smallest Argon2id profile the vault allows, so tests stay quick. */
const FAST = { m: 19456, t: 2, p: 1 } as const;

/** A fresh, unlocked vault before each test (the vault uses one database; it is deleted each time). */
export function useCourseVault(language: Language = 'en'): void {
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

function Gate({ children }: { children: ReactNode }) {
  const status = useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
  return status === 'unlocked' ? children : <p>Locked</p>;
}

/** Like the shell's Screen: the course remounts on every address change. */
function Screen() {
  const { pathname } = useLocation();
  return <CourseRoute key={pathname} />;
}

function Where() {
  const { pathname } = useLocation();
  return <output data-testid="where">{pathname}</output>;
}

export function renderCourse(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Gate>
        <Routes>
          <Route path="/course/*" element={<Screen />} />
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
      </Gate>
      <Where />
    </MemoryRouter>,
  );
}

function SaveLine() {
  return <SaveStatusLine {...useSaveStatus()} />;
}

/** Renders any piece of the course (an exercise host) behind the same lock gate, with the save line. */
export function renderInVault(node: ReactNode) {
  return render(
    <MemoryRouter>
      <Gate>
        {node}
        <SaveLine />
      </Gate>
    </MemoryRouter>,
  );
}

export function currentPath(): string {
  return screen.getByTestId('where').textContent ?? '';
}

/** Waits until the polite status line says "Saved" (it says "Saving…" from the first change on). */
export async function saved(): Promise<void> {
  expect(screen.queryByText('Saved')).toBeNull();
  await screen.findByText('Saved', {}, { timeout: 4000 });
}

/** Locks the vault (the gate unmounts the course) and unlocks it again. */
export async function lockAndUnlock(): Promise<void> {
  act(() => lockVault());
  expect(screen.getByText('Locked')).toBeInTheDocument();
  await act(async () => {
    await unlockWithPassphrase(PASSPHRASE);
  });
}

/**
 * What a page reload does to the course: every decrypted cache is gone and the database is opened
 * afresh; the person unlocks; the screens decrypt from IndexedDB again.
 */
export async function reload(unmount: () => void): Promise<void> {
  unmount();
  lockVault();
  closeDb();
  expect(answerStore.peek()).toBeUndefined();
  expect(progressStore.peek()).toBeUndefined();
  await unlockWithPassphrase(PASSPHRASE);
}
