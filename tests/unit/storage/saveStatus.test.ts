import { describe, expect, test } from 'vitest';
import { failureOf, flushAll, getSaveState, registerFlusher, resetSaveState, setSaveState } from '../../../src/storage/autosave/saveStatus';
import { LockedError, StorageFullError, VaultError } from '../../../src/vault/errors';

describe('failureOf', () => {
  test('maps the vault errors to what the person is told', () => {
    expect(failureOf(new StorageFullError())).toBe('storage-full');
    expect(failureOf(new LockedError())).toBe('locked');
    expect(failureOf(new VaultError('storage-failed'))).toBe('failed');
    expect(failureOf(new Error('anything'))).toBe('failed');
  });
});

describe('save state', () => {
  test('a new screen starts quiet', () => {
    setSaveState({ kind: 'failed', failure: 'storage-full' });
    resetSaveState();
    expect(getSaveState()).toEqual({ kind: 'idle' });
  });

  test('flushAll reports whether every pending save succeeded', async () => {
    const off = registerFlusher(async () => true);
    expect(await flushAll()).toBe(true);
    const offFailing = registerFlusher(async () => false);
    expect(await flushAll()).toBe(false);
    offFailing();
    off();
    expect(await flushAll()).toBe(true);
  });
});
