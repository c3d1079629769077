/**
 * Shared test support for vault + storage tests: a clean database per test, raw IndexedDB dumps
 * that bypass the repositories, and a guard that fails any Web Crypto call made inside a Dexie
 * transaction (security.md §7.3 check 13).
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { resetDbForTests } from '../../../src/storage/db';
import { DB_NAME } from '../../../src/storage/schemaNames';
import { dropDataKey, setLockPrefs, DEFAULT_LOCK_PREFS } from '../../../src/vault/vaultState';

export const PASSPHRASE = 'kuusi sanaa joista ei arvaa 🙂';
export const FAST = { m: 19456, t: 2, p: 1 } as const;

/** Resets the session and deletes the database before each test of the file. */
export function useFreshVault(): void {
  beforeEach(async () => {
    dropDataKey('checking');
    setLockPrefs(DEFAULT_LOCK_PREFS);
    await resetDbForTests();
  });
}

type SubtleName = 'encrypt' | 'decrypt' | 'wrapKey' | 'unwrapKey' | 'importKey' | 'exportKey' | 'generateKey' | 'deriveBits' | 'deriveKey';
const SUBTLE_METHODS: SubtleName[] = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'importKey', 'exportKey', 'generateKey', 'deriveBits', 'deriveKey'];

/** Records every crypto.subtle call and whether it ran inside a Dexie transaction. */
export function guardCryptoOutsideTransactions(): { calls: () => number; inside: () => string[] } {
  let calls = 0;
  const inside: string[] = [];
  const originals = new Map<SubtleName, unknown>();
  beforeAll(() => {
    for (const name of SUBTLE_METHODS) {
      const original = crypto.subtle[name] as (...args: unknown[]) => unknown;
      originals.set(name, original);
      Object.defineProperty(crypto.subtle, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          calls += 1;
          if (Dexie.currentTransaction) inside.push(name);
          return original.apply(crypto.subtle, args);
        },
      });
    }
  });
  afterAll(() => {
    for (const [name, original] of originals) Object.defineProperty(crypto.subtle, name, { configurable: true, writable: true, value: original });
    expect(inside, 'Web Crypto was called inside an IndexedDB transaction').toEqual([]);
  });
  return { calls: () => calls, inside: () => inside };
}

export type RawStore = { name: string; keyPath: unknown; indexes: string[]; rows: { key: IDBValidKey; value: unknown }[] };

/** Reads every object store of the app database with the plain IndexedDB API. */
export function rawDump(name: string = DB_NAME): Promise<RawStore[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const storeNames = [...db.objectStoreNames];
      if (storeNames.length === 0) {
        db.close();
        resolve([]);
        return;
      }
      const tx = db.transaction(storeNames, 'readonly');
      const out: RawStore[] = [];
      for (const storeName of storeNames) {
        const store = tx.objectStore(storeName);
        const entry: RawStore = { name: storeName, keyPath: store.keyPath, indexes: [...store.indexNames], rows: [] };
        out.push(entry);
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          entry.rows.push({ key: c.primaryKey, value: c.value });
          c.continue();
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Every key and value byte of the dump, concatenated (strings as UTF-8 and UTF-16LE). */
export function dumpBytes(stores: RawStore[]): Uint8Array {
  const parts: Buffer[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le'));
    else if (typeof value === 'number' || typeof value === 'boolean') parts.push(Buffer.from(String(value)));
    else if (value instanceof Uint8Array) parts.push(Buffer.from(value));
    else if (value instanceof ArrayBuffer) parts.push(Buffer.from(new Uint8Array(value)));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
      walk(k);
      walk(v);
    }
  };
  for (const store of stores) {
    walk(store.name);
    for (const row of store.rows) {
      walk(row.key);
      walk(row.value);
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Writes one row with the raw API (to tamper with stored bytes, bypassing the repositories). */
export function rawPut(store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function rawGet(store: string, key: IDBValidKey): Promise<unknown> {
  const dump = await rawDump();
  return dump.find((s) => s.name === store)?.rows.find((r) => r.key === key)?.value;
}
