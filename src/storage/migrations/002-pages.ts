/**
 * Schema version 2: one table of encrypted pages replaces the nine per-collection tables, so the
 * profile no longer shows how many records of each kind exist. This upgrade runs without the key,
 * so it only moves ciphertext: every v1 row goes into the page table as `~<table>/<id>`, and the
 * old tables are dropped. After the next unlock, legacyMigration.ts opens those rows and merges
 * them into pages, batch by batch. Shipped: never edit; add a new file for version 3.
 */
import type { SchemaVersion } from './schemaVersion';

export const V1_COLLECTION_TABLES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'] as const;

export const v002Pages: SchemaVersion = {
  version: 2,
  stores: { p: 'id', ...Object.fromEntries(V1_COLLECTION_TABLES.map((table) => [table, null])) },
  async upgrade(tx) {
    for (const table of V1_COLLECTION_TABLES) {
      const rows = (await tx.table(table).toArray()) as Array<{ id: string }>;
      if (rows.length > 0) await tx.table('p').bulkPut(rows.map((row) => ({ ...row, id: `~${table}/${row.id}` })));
    }
  },
};
