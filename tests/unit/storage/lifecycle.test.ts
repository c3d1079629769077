import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { closeDb, openDb } from '../../../src/storage/db';
import { listVaultDatabaseEarly, probeVault } from '../../../src/storage/probe';
import { DB_NAME } from '../../../src/storage/schemaNames';
import { SCHEMA_VERSIONS } from '../../../src/storage/migrations/allVersions';
import { createVault, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { wipeEverything } from '../../../src/storage/wipe';
import { getVaultStatus, lockVault } from '../../../src/vault/vaultState';
import { deleteEverything, initVault } from '../../../src/storage/vaultActions';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, rawDump, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

/** A schema version this code does not know yet, as a newer Polku in another tab would open. */
const NEWER = SCHEMA_VERSIONS.length + 1;

describe('probeVault and initVault', () => {
  test('report no vault without creating a database', async () => {
    expect(await probeVault()).toBe('none');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    await initVault();
    expect(getVaultStatus()).toBe('none');
  });

  test('report a vault once key slots exist, and locked after a reload', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    expect(await probeVault()).toBe('exists');
    lockVault();
    await initVault();
    expect(getVaultStatus()).toBe('locked');
  });

  test("the page's first script asks early; startup takes that answer once, and a vault made later is still found", async () => {
    expect(await listVaultDatabaseEarly()).toBe(false);
    await initVault();
    expect(getVaultStatus()).toBe('none');
    await createVault(PASSPHRASE, undefined, FAST);
    expect(await probeVault()).toBe('exists');
  });

  test('an early answer startup did not use is never read by a later probe', async () => {
    expect(await listVaultDatabaseEarly()).toBe(false);
    const original = globalThis.WebAssembly;
    Object.defineProperty(globalThis, 'WebAssembly', { configurable: true, value: undefined });
    try {
      await initVault();
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', { configurable: true, value: original });
    }
    await createVault(PASSPHRASE, undefined, FAST);
    expect(await probeVault()).toBe('exists');
  });

  test('say unavailable when IndexedDB is missing or refuses to open', async () => {
    expect(await probeVault(null)).toBe('unavailable');
    const broken = { open: () => { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory;
    expect(await probeVault(broken)).toBe('unavailable');
  });

  test('say unavailable when WebAssembly is missing, and change nothing', async () => {
    const original = globalThis.WebAssembly;
    Object.defineProperty(globalThis, 'WebAssembly', { configurable: true, value: undefined });
    try {
      await initVault();
      expect(getVaultStatus()).toBe('unavailable');
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', { configurable: true, value: original });
    }
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});

describe('database upgrades', () => {
  test('an upgrade blocked by an old connection gives UpgradeBlocked at once, and opens once that tab lets go', async () => {
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME, 5);
      request.onupgradeneeded = () => request.result.createObjectStore('s', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
    });
    old.onversionchange = () => undefined; // an old tab that ignores the request to close
    await expect(openDb()).rejects.toMatchObject({ code: 'upgrade-blocked' });
    await expect(openDb()).rejects.toMatchObject({ code: 'upgrade-blocked' });
    old.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const db = await openDb();
    expect(db.isOpen()).toBe(true);
    closeDb();
  });

  test('a newer version opened elsewhere closes this connection and locks this tab', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    const db = await openDb();
    const newer = new Dexie(DB_NAME);
    newer.version(NEWER).stores({ s: 'id', m: 'id', p: 'id', extra: 'id' });
    await newer.open();
    expect(db.isOpen()).toBe(false);
    expect(getVaultStatus()).toBe('locked');
    newer.close();
  });
});

describe('delete everything', () => {
  test('shreds the slots, removes every database and web storage entry but the language, and returns to first run', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    localStorage.setItem('polku.language', 'fi');
    sessionStorage.setItem('x', 'y');
    const other = new Dexie('other-db');
    other.version(1).stores({ t: 'id' });
    await other.table('t').put({ id: 1 });
    other.close();
    await deleteEverything({ reload: false });
    expect(getVaultStatus()).toBe('none');
    expect(await indexedDB.databases()).toEqual([]);
    // Only the chosen language stays (issue 10 item 10): the fresh first run keeps speaking it.
    expect(Object.keys(localStorage)).toEqual(['polku.language']);
    expect(localStorage.getItem('polku.language')).toBe('fi');
    expect(sessionStorage.length).toBe(0);
    await initVault();
    expect(getVaultStatus()).toBe('none');
  });

  test('works when there is nothing to delete', async () => {
    await wipeEverything();
    expect(await rawDump()).toEqual([]);
  });
});

describe('an outdated tab', () => {
  test('after a newer version took the database, this tab is locked and says to reload instead of opening it', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await openDb();
    const newer = new Dexie(DB_NAME);
    newer.version(NEWER).stores({ s: 'id', m: 'id', p: 'id', extra: 'id' });
    await newer.open();
    newer.close();
    expect(getVaultStatus()).toBe('locked');
    // Dexie 4 would open a database newer than its declared schema; this tab must not run on it.
    await expect(openDb()).rejects.toMatchObject({ code: 'outdated-tab' });
    await expect(unlockWithPassphrase(PASSPHRASE)).rejects.toMatchObject({ code: 'outdated-tab' });
    expect(getVaultStatus()).toBe('locked');
  });
});
