import { describe, expect, test } from 'vitest';
import { openDb } from '../../../src/storage/db';
import { createVault } from '../../../src/storage/vaultKeys';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
const guard = guardCryptoOutsideTransactions();

describe('the transaction rule', () => {
  test('awaiting Web Crypto inside a Dexie transaction commits it early (why repositories never do)', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    const db = await openDb();
    const table = db.pages;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const attempt = db.transaction('rw', table, async () => {
      await table.put({ id: 'a', v: 1, iv: new Uint8Array(12), ct: new Uint8Array(1) });
      // On purpose (the guard below forgives this one call): the failure the rule prevents.
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, new Uint8Array(4));
      await table.put({ id: 'b', v: 1, iv: new Uint8Array(12), ct: new Uint8Array(1) });
    });
    await expect(attempt).rejects.toMatchObject({ name: expect.stringMatching(/PrematureCommitError|TransactionInactiveError/) });
    expect(guard.inside()).toEqual(['encrypt']);
    guard.inside().length = 0;
  });

  test('the vault and storage tests made many crypto calls, none inside a transaction', () => {
    expect(guard.calls()).toBeGreaterThan(0);
  });
});
