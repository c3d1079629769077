/**
 * Migrations that need the data key (re-shaping encrypted values) run after unlock, not inside
 * Dexie's upgrade: in batches, each batch written together with a progress marker in one
 * transaction, so a migration killed midway resumes where it stopped and never applies twice.
 * Handles the person's records: decrypts, transforms and re-encrypts them; damaged ones are left.
 */
import { z } from '../lib/zod';

import { openRecords, sealRecord } from '../vault/recordCipher';
import { openDb } from './db';
import { toStorageError } from './errors';
import { COLLECTION_TABLES, META_TABLE, type CollectionName } from './schemaNames';

export type RecordMigration = { id: string; collection: CollectionName; transform: (value: unknown) => unknown };

/** Shipped record migrations, oldest first. Append only; ids are never reused. */
export const RECORD_MIGRATIONS: readonly RecordMigration[] = [];

const MARKER_ID = 'migrations';
const markerSchema = z.object({
  done: z.array(z.string()),
  current: z.object({ id: z.string(), after: z.string() }).nullable(),
});
type Marker = z.infer<typeof markerSchema>;

export type MigrationOptions = { batchSize?: number; afterBatch?: (batch: number) => void };

export async function runRecordMigrations(migrations: readonly RecordMigration[] = RECORD_MIGRATIONS, options: MigrationOptions = {}): Promise<void> {
  if (migrations.length === 0) return;
  const batchSize = options.batchSize ?? 200;
  const db = await openDb();
  const readMarker = async (): Promise<Marker> => {
    const parsed = markerSchema.safeParse(await db.meta.get(MARKER_ID));
    return parsed.success ? parsed.data : { done: [], current: null };
  };
  try {
    for (const migration of migrations) {
      let marker = await readMarker();
      if (marker.done.includes(migration.id)) continue;
      const table = COLLECTION_TABLES[migration.collection];
      let after = marker.current?.id === migration.id ? marker.current.after : '';
      for (let batch = 1; ; batch += 1) {
        const rows = await db.transaction('r', table, () => db.envelopes(table).where(':id').above(after).limit(batchSize).toArray());
        if (rows.length === 0) {
          await db.transaction('rw', META_TABLE, async () => {
            marker = await readMarker();
            await db.meta.put({ id: MARKER_ID, done: [...marker.done, migration.id], current: null });
          });
          break;
        }
        const opened = await openRecords(table, rows);
        const sealed = await Promise.all(opened.filter((r) => r.ok).map((r) => sealRecord(table, r.id, migration.transform(r.value))));
        after = rows[rows.length - 1]?.id ?? after;
        await db.transaction('rw', [table, META_TABLE], async () => {
          await db.envelopes(table).bulkPut(sealed);
          marker = await readMarker();
          await db.meta.put({ id: MARKER_ID, done: marker.done, current: { id: migration.id, after } });
        });
        options.afterBatch?.(batch);
      }
    }
  } catch (error) {
    throw toStorageError(error);
  }
}
