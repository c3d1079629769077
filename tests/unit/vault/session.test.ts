import { afterEach, describe, expect, test } from 'vitest';
import { initVault } from '../../../src/storage/vaultActions';
import { importAesKey } from '../../../src/vault/aesGcm';
import { randomBytes } from '../../../src/vault/random';
import { dropDataKey, getVaultStatus, holdSession, lockVault, onKeyDropped, requireSession, subscribeVaultStatus } from '../../../src/vault/vaultState';
import { randomSessionKeys } from '../../support/sessionKeys';

const sessionKey = randomSessionKeys;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => dropDataKey('checking'));

describe('lockVault', () => {
  test('drops the key synchronously, notifies subscribers and clears decrypted caches', async () => {
    holdSession(await sessionKey());
    const seen: string[] = [];
    const unsubscribe = subscribeVaultStatus(() => seen.push(getVaultStatus()));
    let cacheCleared = false;
    const off = onKeyDropped(() => {
      cacheCleared = true;
    });
    lockVault();
    expect(getVaultStatus()).toBe('locked');
    expect(() => requireSession()).toThrow();
    expect(seen).toEqual(['locked']);
    expect(cacheCleared).toBe(true);
    unsubscribe();
    off();
  });

  test('refuses an extractable key among the session keys', async () => {
    const extractable = await importAesKey(randomBytes(32), ['encrypt'], true);
    const keys = await sessionKey();
    expect(() => holdSession({ ...keys, page: extractable })).toThrow(TypeError);
  });

  test('a lock in another tab (BroadcastChannel) locks this one', async () => {
    await initVault();
    holdSession(await sessionKey());
    const otherTab = new BroadcastChannel('polku-vault');
    otherTab.postMessage({ type: 'lock' });
    await tick();
    expect(getVaultStatus()).toBe('locked');
    otherTab.close();
  });

  test('locking here tells other tabs', async () => {
    await initVault();
    const otherTab = new BroadcastChannel('polku-vault');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    holdSession(await sessionKey());
    lockVault('idle');
    await tick();
    expect(heard).toEqual([{ type: 'lock' }]);
    otherTab.close();
  });

  test('a tab that is already locked and only going away does not lock the others', async () => {
    await initVault();
    const otherTab = new BroadcastChannel('polku-vault');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    dropDataKey('locked');
    lockVault('pagehide');
    await tick();
    expect(heard).toEqual([]);
    otherTab.close();
  });

  test('ignores messages that are not vault messages', async () => {
    await initVault();
    holdSession(await sessionKey());
    const otherTab = new BroadcastChannel('polku-vault');
    otherTab.postMessage({ type: 'unlock' });
    otherTab.postMessage('lock');
    await tick();
    expect(getVaultStatus()).toBe('unlocked');
    otherTab.close();
  });
});
