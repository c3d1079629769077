/**
 * Moves v1 records (one envelope per record, parked as `~<table>/<id>` rows by schema version 2)
 * into encrypted pages, after unlock and in batches. Each batch is read in one transaction,
 * decrypted and re-sealed outside any transaction, then written in one transaction that puts the
 * merged pages and deletes the batch's v1 rows together: a migration killed after any batch
 * resumes with the rows that are left, and a record is never lost or doubled (pages merge by
 * record id). A v1 row that no longer authenticates cannot be read by anyone and is dropped.
 */
import { openPages, pageIdFor, sealPage, type PageContent } from '../vault/pageCipher';
import { openRecords } from '../vault/recordCipher';
import { openDb, type PageRow } from './db';
import { toStorageError } from './errors';
import { PAGES_TABLE } from './schemaNames';

/** Where each v1 table's records go. Frozen: these are the names the v1 format used. */
const V1_TARGETS: Record<string, { collection: string; key?: string; span?: (value: Record<string, unknown>) => string }> = {
  c1: { collection: 'course-answers', key: 'exerciseId', span: (value) => moduleOf(value.exerciseId) },
  c2: { collection: 'course-progress', key: 'moduleId' },
  c3: { collection: 'checkins' },
  c4: { collection: 'urges' },
  c5: { collection: 'settings' },
  c6: { collection: 'help-shortlists' },
  c7: { collection: 'plans' },
  c8: { collection: 'questionnaires' },
  c9: { collection: 'feedback' },
};

const LEGACY_PREFIX = '~';

/** Course answers live in one page per module; the module is the exercise id's prefix. */
function moduleOf(exerciseId: unknown): string {
  return typeof exerciseId === 'string' ? (/^(m\d{2})-/.exec(exerciseId)?.[1] ?? '') : '';
}

export function isLegacyRowId(id: string): boolean {
  return id.startsWith(LEGACY_PREFIX);
}

export type MigrationOptions = { batchSize?: number; afterBatch?: (batch: number) => void };
export type MigrationReport = { moved: number; unreadable: number };

type Moved = { collection: string; span: string; key: string; value: unknown };

class PageChanged extends Error {}

function updatedAt(value: unknown): number {
  const at = (value as { updatedAt?: unknown } | null)?.updatedAt;
  return typeof at === 'number' ? at : -1;
}

async function openBatch(rows: PageRow[]): Promise<{ moved: Moved[]; unreadable: number }> {
  const byTable = new Map<string, PageRow[]>();
  for (const row of rows) {
    const [table = '', id = ''] = row.id.slice(LEGACY_PREFIX.length).split('/');
    const list = byTable.get(table) ?? [];
    list.push({ ...row, id });
    byTable.set(table, list);
  }
  const moved: Moved[] = [];
  let unreadable = 0;
  for (const [table, tableRows] of byTable) {
    const target = V1_TARGETS[table];
    const opened = target ? await openRecords(table, tableRows) : tableRows.map((row) => ({ ok: false as const, id: row.id }));
    for (const record of opened) {
      if (!record.ok || !target || typeof record.value !== 'object' || record.value === null) {
        unreadable += 1;
        continue;
      }
      const value = record.value as Record<string, unknown>;
      const natural = target.key ? value[target.key] : undefined;
      moved.push({ collection: target.collection, span: target.span?.(value) ?? '', key: typeof natural === 'string' ? natural : record.id, value });
    }
  }
  return { moved, unreadable };
}

async function migrateBatch(rows: PageRow[]): Promise<MigrationReport> {
  const db = await openDb();
  const { moved, unreadable } = await openBatch(rows);
  const groups = new Map<string, { collection: string; span: string; records: Moved[] }>();
  for (const record of moved) {
    const name = `${record.collection}\u0000${record.span}`;
    const group = groups.get(name) ?? { collection: record.collection, span: record.span, records: [] };
    group.records.push(record);
    groups.set(name, group);
  }
  const targets = [...groups.values()];
  const ids = await Promise.all(targets.map((g) => pageIdFor(g.collection, g.span)));
  const before = await db.transaction('r', PAGES_TABLE, () => db.pages.bulkGet(ids));
  const opened = await openPages(before.filter((row): row is PageRow => row !== undefined));
  const current = new Map(opened.flatMap((page) => (page.ok ? [[page.id, page.content] as const] : [])));
  const sealed = await Promise.all(
    targets.map((group, i) => {
      const id = ids[i] ?? '';
      const content: PageContent = { c: group.collection, s: group.span, r: { ...(current.get(id)?.r ?? {}) } };
      for (const record of group.records) {
        const seen = content.r[record.key];
        if (seen === undefined || updatedAt(record.value) >= updatedAt(seen)) content.r[record.key] = record.value;
      }
      return sealPage(id, content);
    }),
  );
  await db.transaction('rw', PAGES_TABLE, async () => {
    // Another tab may have written one of these pages since it was read: start the batch again.
    const now = await db.pages.bulkGet(ids);
    if (now.some((row, i) => row?.iv.join() !== before[i]?.iv.join())) throw new PageChanged();
    await db.pages.bulkPut(sealed);
    await db.pages.bulkDelete(rows.map((row) => row.id));
  });
  return { moved: moved.length, unreadable };
}

/** Moves every parked v1 row into pages. Safe to call on every unlock: it stops when none are left. */
export async function migrateLegacyRows(options: MigrationOptions = {}): Promise<MigrationReport> {
  const batchSize = options.batchSize ?? 500;
  const report: MigrationReport = { moved: 0, unreadable: 0 };
  try {
    const db = await openDb();
    for (let batch = 1, conflicts = 0; ; ) {
      const rows = await db.transaction('r', PAGES_TABLE, () => db.pages.where(':id').startsWith(LEGACY_PREFIX).limit(batchSize).toArray());
      if (rows.length === 0) return report;
      try {
        const done = await migrateBatch(rows);
        report.moved += done.moved;
        report.unreadable += done.unreadable;
        options.afterBatch?.(batch);
        batch += 1;
      } catch (error) {
        if (!(error instanceof PageChanged) || (conflicts += 1) > 20) throw error;
      }
    }
  } catch (error) {
    throw toStorageError(error);
  }
}
