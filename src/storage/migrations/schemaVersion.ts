/**
 * The shape of one append-only Dexie schema version. Upgrades may only add or drop tables or
 * touch plaintext meta; anything that needs the data key runs after unlock (recordMigrations.ts).
 */
import type { Transaction } from 'dexie';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};
