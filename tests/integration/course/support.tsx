/**
 * Course integration harness: a real vault on fake-indexeddb with real Web Crypto, real i18next,
 * and the course routes behind a gate that, like the shell's VaultGate, unmounts everything when
 * the vault locks. A "reload" drops every in-memory cache (lock) and unlocks with the passphrase,
 * so what is shown afterwards was decrypted from IndexedDB.
 */
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { expect } from 'vitest';
import CourseRoute from '../../../src/features/course/CourseRoute';
import { answerStore, progressStore } from '../../../src/features/course/data/courseRecords';
import { useSaveStatus } from '../../../src/storage/autosave/saveStatus';
import { unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { lockVault } from '../../../src/vault/vaultState';
import { SaveStatusLine } from '../../../src/ui/SaveStatusLine';
import { Gate, PASSPHRASE, reloadVault, useUnlockedVault, Where } from '../../support/vaultScreens';

export { PASSPHRASE };

/** A fresh, unlocked vault before each test. */
export const useCourseVault = useUnlockedVault;

/** Like the shell's Screen: the course remounts on every address change. */
function Screen() {
  const { pathname } = useLocation();
  return <CourseRoute key={pathname} />;
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
  await reloadVault(unmount, () => {
    expect(answerStore.peek()).toBeUndefined();
    expect(progressStore.peek()).toBeUndefined();
  });
}
