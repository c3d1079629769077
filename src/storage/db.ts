/**
 * The Dexie database: encrypted record envelopes, key slots and plaintext meta (see
 * schemaNames.ts). Opened lazily after the first screen, durably (strict) where the browser allows.
 * A newer version opened in another tab closes this connection and locks this tab.
 */
import Dexie, { type Table } from 'dexie';
import { VaultError } from '../vault/errors';
import { dropDataKey, getStatus } from '../vault/vaultState';
import { toStorageError } from './errors';
import { SCHEMA_VERSIONS } from './migrations/allVersions';
import { DB_NAME, META_TABLE, SLOTS_TABLE } from './schemaNames';

export type EnvelopeRow = { id: string; v: number; iv: Uint8Array; ct: Uint8Array };
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

  envelopes(table: string): Table<EnvelopeRow, string> {
    return this.table(table);
  }
}

let db: VaultDb | undefined;
let opening: Promise<VaultDb> | undefined;

/** Opens (once) and returns the database; rejects with UpgradeBlocked if an old tab holds it. */
export function openDb(): Promise<VaultDb> {
  if (db?.isOpen()) return Promise.resolve(db);
  opening ??= openFresh().finally(() => {
    opening = undefined;
  });
  return opening;
}

async function openFresh(): Promise<VaultDb> {
  const instance = new VaultDb();
  instance.on('versionchange', () => {
    // A newer Polku in another tab needs the database: step aside, locked, so no old code runs
    // against a newer schema. The person reloads from the lock screen.
    instance.close();
    if (db === instance) db = undefined;
    if (getStatus() === 'unlocked') dropDataKey('locked');
    return false;
  });
  const blocked = new Promise<never>((_, reject) => {
    instance.on('blocked', () => reject(new VaultError('upgrade-blocked')));
  });
  try {
    await Promise.race([instance.open(), blocked]);
  } catch (error) {
    instance.close();
    throw toStorageError(error);
  }
  db = instance;
  return instance;
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
