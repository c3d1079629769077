/**
 * What the save-status line says ("Saving…", "Saved", or why it failed), and the pending autosaves
 * a step change must flush first. Module-level so it survives the screen remounting on navigation.
 */
import { useSyncExternalStore } from 'react';
import type { SaveFailure, SaveState } from '../../lib/saveState';
import { isVaultError } from '../../vault/errors';

const IDLE: SaveState = { kind: 'idle' };
let state: SaveState = IDLE;
const listeners = new Set<() => void>();
const flushers = new Set<() => Promise<boolean>>();

export function getSaveState(): SaveState {
  return state;
}

export function setSaveState(next: SaveState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

/** A new screen starts with a quiet status line. */
export function resetSaveState(): void {
  if (state.kind !== 'idle') setSaveState(IDLE);
}

export function subscribeSaveState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Maps the vault's typed errors to the three messages a person sees. */
export function failureOf(error: unknown): SaveFailure {
  if (!isVaultError(error)) return 'failed';
  if (error.code === 'storage-full') return 'storage-full';
  if (error.code === 'locked') return 'locked';
  return 'failed';
}

export function registerFlusher(flush: () => Promise<boolean>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes every pending autosave now; false if any failed (the text stays on screen). */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((flush) => flush()));
  return results.every(Boolean);
}

/** The save line's state for a screen, and the retry that writes every pending value again. */
export function useSaveStatus(): { state: SaveState; onRetry: () => void } {
  const state = useSyncExternalStore(subscribeSaveState, getSaveState, getSaveState);
  return { state, onRetry: retryAll };
}

function retryAll(): void {
  void flushAll();
}
