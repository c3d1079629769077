/**
 * Browser side of the vault benchmark (served by a Vite dev server, never shipped): ten years of
 * synthetic data sealed with the real vault code, the same records in a plain Dexie database, and
 * timings for unlock, encrypted versus plain reads, and unlock to a rendered summary.
 * The data is made up; no real person's text is involved.
 */
import Dexie from 'dexie';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { openDb } from '../../src/storage/db';
import { defineCollection, prefetchCollections, readable } from '../../src/storage/records';
import { COLLECTION_TABLES } from '../../src/storage/schemaNames';
import { createVault, unlockWithPassphrase } from '../../src/storage/vaultKeys';
import { prewarmKdf } from '../../src/vault/argon2Derive';
import { randomId } from '../../src/vault/random';
import { sealRecord } from '../../src/vault/recordCipher';
import { lockVault } from '../../src/vault/session';

const PASS = 'benchmark passphrase with six words';
const checkinSchema = z.object({ date: z.string(), mood: z.number(), urge: z.number(), slept: z.number(), note: z.string() });
const answerSchema = z.object({ module: z.string(), step: z.number(), text: z.string() });
const urgeSchema = z.object({ at: z.string(), strength: z.number(), trigger: z.string(), coped: z.boolean(), note: z.string() });
const checkins = defineCollection('checkins', checkinSchema);
const answers = defineCollection('answers', answerSchema);
const urges = defineCollection('urges', urgeSchema);

const sentence = (n: number) => `Synthetic note ${n}: a calm day with a walk, some work and a short call with a friend.`;
const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString();

function synthetic() {
  return {
    checkins: Array.from({ length: 3650 }, (_, i) => ({ date: day(i).slice(0, 10), mood: i % 11, urge: (i * 7) % 11, slept: 5 + (i % 5), note: sentence(i).slice(0, 60) })),
    answers: Array.from({ length: 2000 }, (_, i) => ({ module: `m${String((i % 12) + 1).padStart(2, '0')}`, step: i % 9, text: `${sentence(i)} ${sentence(i + 1)}`.repeat(2) })),
    urges: Array.from({ length: 5000 }, (_, i) => ({ at: day(Math.floor(i * 0.73)), strength: i % 11, trigger: ['stress', 'alone', 'night', 'bored'][i % 4] ?? '', coped: i % 3 !== 0, note: sentence(i) })),
  };
}

const plain = new Dexie('bench-plain');
plain.version(1).stores({ checkins: 'id', answers: 'id', urges: 'id' });

async function setup(): Promise<{ records: number }> {
  await createVault(PASS);
  const data = synthetic();
  const db = await openDb();
  let records = 0;
  for (const [name, values] of Object.entries(data) as [keyof typeof data, object[]][]) {
    const table = COLLECTION_TABLES[name];
    const withIds = values.map((value) => ({ id: randomId(), value }));
    const sealed = await Promise.all(withIds.map(({ id, value }) => sealRecord(table, id, value)));
    await db.envelopes(table).bulkPut(sealed);
    await plain.table(name).bulkPut(withIds.map(({ id, value }) => ({ id, ...value })));
    records += values.length;
  }
  return { records };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function unlockOnce(): Promise<number> {
  lockVault();
  // As the lock screen does when it appears: start the worker before the passphrase is entered.
  await prewarmKdf();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return timed(() => unlockWithPassphrase(PASS));
}

async function readEncrypted(): Promise<number> {
  return timed(async () => {
    const all = await Promise.all([checkins.list(), answers.list(), urges.list()]);
    if (all.reduce((n, list) => n + readable(list as Array<{ id: string; value: unknown }>).length, 0) !== 10_650) throw new Error('missing records');
  });
}

async function readPlain(): Promise<number> {
  return timed(async () => {
    const all = await Promise.all([plain.table('checkins').toArray(), plain.table('answers').toArray(), plain.table('urges').toArray()]);
    if (all.reduce((n, list) => n + list.length, 0) !== 10_650) throw new Error('missing records');
  });
}

const root = createRoot(document.getElementById('root') ?? document.body);

/** Unlock, decrypt check-ins and urge logs, render the last 30 days and ten-year totals. */
async function unlockToRendered(): Promise<number> {
  lockVault();
  flushSync(() => root.render(null));
  await prewarmKdf();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return timed(async () => {
    // The ciphertext is read while Argon2id runs; only decryption waits for the key.
    prefetchCollections(['checkins', 'urges']);
    await unlockWithPassphrase(PASS);
    const [c, u] = await Promise.all([checkins.list(), urges.list()]);
    const days = readable(c)
      .map((x) => x.value)
      .sort((a, b) => a.date.localeCompare(b.date));
    const urgeCount = readable(u).length;
    flushSync(() =>
      root.render(
        <section>
          <p data-testid="totals">
            {days.length} check-ins, {urgeCount} urge logs
          </p>
          <table>
            <tbody>
              {days.slice(-30).map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td>{d.mood}</td>
                  <td>{d.urge}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>,
      ),
    );
    if (!document.querySelector('[data-testid="totals"]')) throw new Error('not rendered');
  });
}

(window as unknown as { __vaultBench: unknown }).__vaultBench = { setup, unlockOnce, readEncrypted, readPlain, unlockToRendered };

