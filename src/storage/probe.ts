/**
 * Startup probe with the raw IndexedDB API (no Dexie, so the first screen stays small): is
 * IndexedDB usable at all, and does a vault (a key slot) exist? Never creates the database.
 */
import { DB_NAME, SLOTS_TABLE } from './schemaNames';

export type ProbeResult = 'unavailable' | 'none' | 'exists';

/**
 * Listing the databases answers in a few ms where opening one can take 100-300 ms on a cold start,
 * so a first visit learns "no vault" without opening anything; an existing database is opened to
 * count its key slots. Browsers without `databases()` go straight to opening.
 */
export async function probeVault(
  factory: IDBFactory | null | undefined = globalThis.indexedDB,
  onMaybeVault?: () => void,
  listing?: Promise<boolean | undefined>,
): Promise<ProbeResult> {
  if (!factory) return 'unavailable';
  if ((await (listing ?? databaseListed(factory))) === false) return 'none';
  // The database may hold a vault: what opens next can start before its slots are counted.
  onMaybeVault?.();
  return openProbe(factory);
}

let earlyListing: Promise<boolean | undefined> | undefined;

/**
 * Asks at once whether the vault's database exists, for the page's first script (earlyStart.ts);
 * the startup probe then takes this answer instead of asking again (takeEarlyListing). No other
 * probe does: a vault created later in the same page must not be missed.
 */
export function listVaultDatabaseEarly(): Promise<boolean | undefined> {
  const factory = globalThis.indexedDB;
  earlyListing ??= factory ? databaseListed(factory) : Promise.resolve(undefined);
  return earlyListing;
}

/** The early answer, once: later calls get undefined. */
export function takeEarlyListing(): Promise<boolean | undefined> | undefined {
  const listing = earlyListing;
  earlyListing = undefined;
  return listing;
}

/** Whether the vault's database is listed (undefined: this browser cannot list databases). */
async function databaseListed(factory: IDBFactory): Promise<boolean | undefined> {
  if (typeof factory.databases !== 'function') return undefined;
  const names = await factory.databases().catch(() => undefined);
  return names?.some((db) => db.name === DB_NAME);
}

function openProbe(factory: IDBFactory): Promise<ProbeResult> {
  return new Promise<ProbeResult>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      resolve('unavailable');
      return;
    }
    let wouldCreate = false;
    request.onupgradeneeded = () => {
      // No database yet: abort, so probing leaves nothing behind.
      wouldCreate = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(wouldCreate ? 'none' : 'unavailable');
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(SLOTS_TABLE)) {
        db.close();
        resolve('none');
        return;
      }
      try {
        const count = db.transaction(SLOTS_TABLE, 'readonly').objectStore(SLOTS_TABLE).count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result > 0 ? 'exists' : 'none');
        };
        count.onerror = () => {
          db.close();
          resolve('unavailable');
        };
      } catch {
        db.close();
        resolve('unavailable');
      }
    };
  });
}
