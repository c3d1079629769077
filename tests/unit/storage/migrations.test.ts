import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import fixture from '../../fixtures/vault/db-v1.json';
import { closeDb, openDb } from '../../../src/storage/db';
import { SCHEMA_VERSIONS } from '../../../src/storage/migrations/allVersions';
import { migrateLegacyRows } from '../../../src/storage/legacyMigration';
import { loadPages } from '../../../src/storage/pageStore';
import { defineRecords } from '../../../src/storage/records';
import { DB_NAME, PAGES_TABLE } from '../../../src/storage/schemaNames';
import { createVault, unlockWithPassphrase, unlockWithRecoveryCode } from '../../../src/storage/vaultKeys';
import { fromBase64, utf8Encode } from '../../../src/vault/bytes';
import { newIv } from '../../../src/vault/aesGcm';
import { randomId } from '../../../src/vault/random';
import { sealWithKey } from '../../../src/vault/recordCipher';
import { requireSession } from '../../../src/vault/vaultState';
import { lockVault } from '../../../src/vault/vaultState';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, rawDump, rawPut, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (typeof bytes === 'string') return fromBase64(bytes);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** Recreates the fixture database exactly as schema version n left it (Dexie stores n × 10). */
function loadFixture(): Promise<void> {
  const schema = SCHEMA_VERSIONS.find((s) => s.version === fixture.schemaVersion);
  if (!schema) throw new Error('unknown fixture version');
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, fixture.schemaVersion * 10);
    request.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(schema.stores)) if (keyPath) request.result.createObjectStore(name, { keyPath });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tables = fixture.tables as Record<string, unknown[]>;
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(decode(row));
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

// db-v1.json was written by the schema-version-1 code (commit fde83d4 and before), which kept each
// record in its own table as one envelope: five notes in `c1`, three urge entries in `c4`.
const v1Answer = z.object({ step: z.string(), text: z.string() });
const answers = defineRecords({ collection: 'course-answers', schema: v1Answer, idOf: (a) => a.step, spanOf: () => '' });
const urges = defineRecords({ collection: 'urges', schema: z.object({ at: z.string(), strength: z.number() }), idOf: (u) => u.at, spanOf: () => '' });

const courseAnswer = z.object({ kind: z.literal('course-answer'), exerciseId: z.string(), text: z.string(), updatedAt: z.number() });
const courseAnswers = defineRecords({
  collection: 'course-answers',
  schema: courseAnswer,
  idOf: (a) => a.exerciseId,
  spanOf: (a) => a.exerciseId.slice(0, 3),
});

/** Parks v1 envelopes as schema version 2's upgrade leaves them, sealed exactly as v1 sealed them. */
async function parkV1Records(table: string, values: unknown[]): Promise<void> {
  const { keys } = requireSession();
  for (const value of values) {
    const id = randomId();
    const json = utf8Encode(JSON.stringify(value));
    const padded = new Uint8Array(Math.ceil(json.length / 64) * 64).fill(0x20);
    padded.set(json);
    const record = await sealWithKey(keys.legacy, table, id, newIv(), padded);
    await rawPut(PAGES_TABLE, { ...record, id: `~${table}/${id}` });
  }
}

const texts = async () => [...(await courseAnswers.load()).values()].map((a) => a.text).sort();

describe('schema versions', () => {
  test('are append-only and numbered 1..N without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test('a version-1 database opens with the current schema: one page table, and every record decrypts', async () => {
    await loadFixture();
    await unlockWithPassphrase(fixture.passphrase);
    const db = await openDb();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['m', 'p', 's']);
    const notes = [...(await answers.load()).values()].map((a) => a.text).sort();
    expect(notes).toEqual([0, 1, 2, 3, 4].map((i) => `answer ${i} – vastaus ${i}`));
    expect((await urges.load()).size).toBe(3);
    // Moved, not copied: no v1 row is left, and the pages' ids name nothing.
    const pages = (await rawDump()).find((s) => s.name === PAGES_TABLE)?.rows ?? [];
    expect(pages.map((r) => String(r.key)).filter((id) => id.startsWith('~'))).toEqual([]);
    expect(pages.every((r) => /^[A-Za-z0-9_-]{22}$/.test(String(r.key)))).toBe(true);
    lockVault();
    await unlockWithRecoveryCode(fixture.recoveryCode, PASSPHRASE);
    expect((await answers.load()).size).toBe(5);
  });
});

describe('moving v1 records into pages', () => {
  test('course answers land in their module pages, and the newest of two copies wins', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await parkV1Records('c1', [
      { kind: 'course-answer', exerciseId: 'm01-values', text: 'old', updatedAt: 1 },
      { kind: 'course-answer', exerciseId: 'm01-values', text: 'new', updatedAt: 2 },
      { kind: 'course-answer', exerciseId: 'm03-matrix', text: 'three', updatedAt: 1 },
    ]);
    await migrateLegacyRows();
    const pages = (await rawDump()).find((s) => s.name === PAGES_TABLE)?.rows ?? [];
    expect(pages).toHaveLength(2);
    expect(await texts()).toEqual(['new', 'three']);
  });

  test('a migration killed after any batch resumes without loss or duplicates', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    const values = Array.from({ length: 11 }, (_, i) => ({ kind: 'course-answer', exerciseId: `m0${(i % 3) + 1}-e${i}`, text: `t${i}`, updatedAt: i }));
    await parkV1Records('c1', values);
    for (let killAfter = 1; killAfter <= 3; killAfter += 1) {
      await expect(
        migrateLegacyRows({
          batchSize: 2,
          afterBatch: (batch) => {
            if (batch === 1) throw new Error(`killed after batch ${killAfter}`);
          },
        }),
      ).rejects.toThrow();
      closeDb();
    }
    const left = (await rawDump()).find((s) => s.name === PAGES_TABLE)?.rows.filter((r) => String(r.key).startsWith('~')) ?? [];
    expect(left).toHaveLength(11 - 6);
    await migrateLegacyRows({ batchSize: 2 });
    await migrateLegacyRows({ batchSize: 2 });
    lockVault();
    await unlockWithPassphrase(PASSPHRASE);
    expect(await texts()).toEqual(values.map((v) => v.text).sort());
  });

  test('a v1 record that no longer authenticates is dropped and the rest move', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await parkV1Records('c1', [{ kind: 'course-answer', exerciseId: 'm01-a', text: 'good', updatedAt: 1 }]);
    await rawPut(PAGES_TABLE, { id: `~c1/${randomId()}`, v: 1, iv: new Uint8Array(12), ct: new Uint8Array(80) });
    expect(await migrateLegacyRows()).toEqual({ moved: 1, unreadable: 1 });
    await loadPages();
    expect(await texts()).toEqual(['good']);
  });
});
