/**
 * The Dexie database: encrypted pages, key slots and plaintext meta (see schemaNames.ts). Opened lazily after the first screen, durably (strict) where the browser allows.
 * A newer version opened in another tab closes this connection and locks this tab.
 */
import Dexie, { type Table } from 'dexie';
import { VaultError } from '../vault/errors';
import { dropDataKey, getVaultStatus } from '../vault/vaultState';
import { toStorageError } from './errors';
import { SCHEMA_VERSIONS } from './migrations/allVersions';
import { DB_NAME, META_TABLE, PAGES_TABLE, SLOTS_TABLE } from './schemaNames';

export type PageRow = { id: string; v: number; iv: Uint8Array; ct: Uint8Array };
export type SlotRow = { id: string } & Record<string, unknown>;
export type MetaRow = { id: string } & Record<string, unknown>;

export class VaultDb extends Dexie {
  constructor(name: string = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict', autoOpen: true });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }

  get slots(): Table<SlotRow, string> {
    return this.table(SLOTS_TABLE);
  }

  get meta(): Table<MetaRow, string> {
    return this.table(META_TABLE);
  }

  get pages(): Table<PageRow, string> {
    return this.table(PAGES_TABLE);
  }
}

let db: VaultDb | undefined;
let pending: Promise<VaultDb> | undefined;
let blocked = false;
const blockedWaiters = new Set<() => void>();

/**
 * Opens (once) and returns the database. While an old tab holds the database at an older version
 * and does not let go, callers get UpgradeBlocked at once; the open itself stays queued and
 * completes when that tab closes (a second open would only queue behind it and hang).
 */
export function openDb(): Promise<VaultDb> {
  if (db?.isOpen()) return Promise.resolve(db);
  pending ??= openFresh();
  const current = pending;
  return new Promise<VaultDb>((resolve, reject) => {
    const onBlocked = () => reject(new VaultError('upgrade-blocked'));
    current.then(resolve, reject).finally(() => blockedWaiters.delete(onBlocked));
    if (blocked) onBlocked();
    else blockedWaiters.add(onBlocked);
  });
}

function openFresh(): Promise<VaultDb> {
  blocked = false;
  const instance = new VaultDb();
  instance.on('versionchange', () => {
    // A newer Polku in another tab needs the database: step aside, locked, so no old code runs
    // against a newer schema. The person reloads from the lock screen.
    instance.close();
    if (db === instance) db = undefined;
    if (getVaultStatus() === 'unlocked') dropDataKey('locked');
    return false;
  });
  instance.on('blocked', () => {
    blocked = true;
    for (const waiter of [...blockedWaiters]) waiter();
    blockedWaiters.clear();
  });
  return instance
    .open()
    .then(
      () => {
        // Dexie opens a database that a newer Polku has upgraded (it only sees the tables it
        // knows); this code must never run against a newer schema, so it steps aside instead.
        if (instance.backendDB().version > Math.round(instance.verno * 10)) {
          instance.close();
          throw new VaultError('outdated-tab');
        }
        db = instance;
        return instance;
      },
      (error: unknown) => {
        instance.close();
        throw toStorageError(error);
      },
    )
    .finally(() => {
      blocked = false;
      pending = undefined;
    });
}

export function closeDb(): void {
  db?.close();
  db = undefined;
}

/** Tests: close and delete, so every test starts with an empty database. */
export async function resetDbForTests(): Promise<void> {
  closeDb();
  await Dexie.delete(DB_NAME);
}
