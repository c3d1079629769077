/**
 * security.md §7.3 check 31 (issue 9): an update waits for consent, and accepting it while the vault
 * is open locks the vault before the new service worker is told to take over.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/app/pwa/registerServiceWorker';
import { getVaultStatus, holdSession, lockVault } from '../../../src/vault/vaultState';
import { randomSessionKeys } from '../../support/sessionKeys';

type Listener = () => void;
const events: string[] = [];
const listeners = new Map<string, Listener[]>();

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    }
    messageSkipWaiting() {
      events.push(`skip-waiting while ${getVaultStatus()}`);
    }
    async register() {
      events.push('register');
    }
  },
}));

afterEach(() => {
  vi.unstubAllEnvs();
  events.length = 0;
  listeners.clear();
});

describe('accepting an update (check 31)', () => {
  test('the new worker stays waiting until the person accepts; accepting locks the vault first', async () => {
    vi.stubEnv('DEV', false);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} });
    holdSession(await randomSessionKeys());
    expect(getVaultStatus()).toBe('unlocked');
    let apply: (() => void) | undefined;
    await registerServiceWorker((accept) => (apply = accept), () => {
      events.push('lock');
      lockVault();
    });
    for (const listener of listeners.get('waiting') ?? []) listener();
    expect(apply).toBeTypeOf('function');
    // Offered, not applied: no skip-waiting message yet, the vault still open.
    expect(events).toEqual(['register']);
    expect(getVaultStatus()).toBe('unlocked');
    apply?.();
    expect(events).toEqual(['register', 'lock', 'skip-waiting while locked']);
  });
});
