import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import fixture from '../../fixtures/vault/db-v1.json';
import { closeDb, openDb } from '../../../src/storage/db';
import { SCHEMA_VERSIONS } from '../../../src/storage/migrations/allVersions';
import { defineCollection, readable } from '../../../src/storage/records';
import { runRecordMigrations, type RecordMigration } from '../../../src/storage/recordMigrations';
import { DB_NAME } from '../../../src/storage/schemaNames';
import { createVault, unlockWithPassphrase, unlockWithRecoveryCode } from '../../../src/storage/vaultKeys';
import { fromBase64 } from '../../../src/vault/bytes';
import { lockVault } from '../../../src/vault/session';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

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

const answers = defineCollection('answers', z.object({ step: z.string(), text: z.string() }));
const urges = defineCollection('urges', z.object({ at: z.string(), strength: z.number() }));

describe('schema versions', () => {
  test('are append-only and numbered 1..N without gaps', () => {
    expect(SCHEMA_VERSIONS.map((s) => s.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test('a version-1 database made by version-1 code opens with the current schema and every record decrypts', async () => {
    await loadFixture();
    await unlockWithPassphrase(fixture.passphrase);
    const db = await openDb();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    const a = await answers.list();
    expect(a).toHaveLength(5);
    expect(readable(a).map((x) => x.value.text).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `answer ${i} – vastaus ${i}`));
    expect(readable(await urges.list())).toHaveLength(3);
    lockVault();
    await unlockWithRecoveryCode(fixture.recoveryCode, PASSPHRASE);
    expect(readable(await answers.list())).toHaveLength(5);
  });
});

describe('runRecordMigrations', () => {
  const addMark: RecordMigration = {
    id: 'test-add-mark',
    collection: 'answers',
    transform: (value) => ({ ...(value as { step: string; text: string }), text: `${(value as { text: string }).text}!` }),
  };

  test('a migration killed after a batch resumes on the next run and applies exactly once', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    for (let i = 0; i < 7; i += 1) await answers.put({ step: `s${i}`, text: `t${i}` });
    await expect(
      runRecordMigrations([addMark], {
        batchSize: 3,
        afterBatch: (batch) => {
          if (batch === 1) throw new Error('killed');
        },
      }),
    ).rejects.toThrow();
    const halfway = readable(await answers.list()).map((x) => x.value.text);
    expect(halfway.filter((t) => t.endsWith('!'))).toHaveLength(3);

    closeDb();
    await runRecordMigrations([addMark], { batchSize: 3 });
    await runRecordMigrations([addMark], { batchSize: 3 });
    const texts = readable(await answers.list()).map((x) => x.value.text).sort();
    expect(texts).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `t${i}!`));
  });
});
