/**
 * Browser side of the backup benchmark (served by a Vite dev server, never shipped): ten years of
 * synthetic data (the same sizes and spans as vaultBenchPage.tsx) written through the page store,
 * then a backup (vault passphrase check + Argon2id for the file + gzip + AES-GCM) and a restore
 * (Argon2id + decrypt + gunzip + strict validation + sealing every page + one transaction + read
 * back and verify) into a fresh vault, each timed. The data is made up.
 */
import { collectPayload, createBackup, openBackupFile, restoreBackup } from '../../src/storage/backupPages';
import { verifyPassphrase } from '../../src/storage/vaultKeys';
import { openBackupWith } from '../../src/vault/backupEnvelope';
import { openBackup, sealBackup } from '../../src/vault/backupFile';
import { deriveArgon2id } from '../../src/vault/argon2Derive';
import { passphraseBytes } from '../../src/vault/keyring';
import { resetDbForTests } from '../../src/storage/db';
import { putRecord, snapshotPages } from '../../src/storage/pageStore';
import { createVault } from '../../src/storage/vaultKeys';
import { prewarmKdf } from '../../src/vault/argon2Derive';
import { dropDataKey } from '../../src/vault/vaultState';

const PASS = 'benchmark passphrase with six words';
const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const sentence = (n: number) => `Synthetic note ${n}: a calm day with a walk, some work and a short call with a friend.`;
const tags = ['stress', 'alone', 'night', 'bored', 'tired'];

async function seed(): Promise<number> {
  const writes: Promise<void>[] = [];
  for (let i = 0; i < 3650; i += 1) {
    const date = day(i);
    writes.push(putRecord('tracker-checkins', date.slice(0, 7), date, { date, used: i % 17 ? 'no' : 'skip', urge: (i * 7) % 11, mood: i % 11, stress: (i * 3) % 11, lonely: (i * 5) % 11, tags: tags.slice(0, i % 3), note: sentence(i).slice(0, 60) }));
  }
  for (let i = 0; i < 520; i += 1) {
    const week = `${2016 + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`;
    writes.push(putRecord('tracker-weekly', week.slice(0, 4), week, { week, useDays: i % 8, confidence: i % 11, reflection: sentence(i) }));
  }
  for (let i = 0; i < 5000; i += 1) {
    const at = day(Math.floor(i * 0.73));
    writes.push(putRecord('urges', at.slice(0, 7), `u${i}`, { id: `u${i}`, at, strength: i % 11, tags: tags.slice(i % 4), whatIDid: sentence(i), howItWent: sentence(i + 1).slice(0, 40) }));
  }
  for (let i = 0; i < 60; i += 1) {
    const module = `m${String((i % 12) + 1).padStart(2, '0')}`;
    const exerciseId = `${module}-exercise-${Math.floor(i / 12)}`;
    writes.push(putRecord('course-answers', module, exerciseId, { kind: 'course-answer', v: 2, exerciseId, answer: { type: 'journal', entries: { first: `${sentence(i)} ${sentence(i + 1)}`.repeat(3), second: sentence(i + 2) } }, updatedAt: i }));
  }
  for (let i = 0; i < 12; i += 1) {
    const moduleId = `m${String(i + 1).padStart(2, '0')}`;
    writes.push(putRecord('course-progress', '', moduleId, { v: 1, moduleId, finished: i < 6 }));
  }
  await Promise.all(writes);
  return 3650 + 520 + 5000 + 60 + 12;
}

let file: Uint8Array | undefined;
let records = 0;

async function setup(): Promise<{ records: number }> {
  await createVault(PASS);
  records = await seed();
  await prewarmKdf();
  return { records };
}

/** From the passphrase to the file's bytes (what the person waits for after pressing the button). */
async function backupOnce(): Promise<{ ms: number; bytes: number; entries: number }> {
  const start = performance.now();
  const { bytes, entries } = await createBackup(PASS);
  const ms = performance.now() - start;
  file = bytes;
  return { ms, bytes: bytes.length, entries };
}

/**
 * A fresh device: delete the database, create a vault (not timed), then open the file and restore
 * it (timed: Argon2id, decrypt, validate, seal every page, one transaction, read back, reload).
 */
async function restoreOnce(): Promise<{ ms: number; entries: number }> {
  if (!file) throw new Error('no backup yet');
  dropDataKey('checking');
  await resetDbForTests();
  await createVault(PASS);
  await prewarmKdf();
  const start = performance.now();
  const { payload } = await openBackupFile(file, PASS);
  const { added } = await restoreBackup(payload, 'replace');
  const ms = performance.now() - start;
  const entries = (await snapshotPages()).reduce((n, page) => n + Object.keys(page.r).length, 0);
  if (added !== records || entries !== records) throw new Error(`restored ${added}/${entries} of ${records}`);
  return { ms, entries };
}

/** Where a backup's time goes: the passphrase check, collecting the pages, sealing the file. */
async function backupPhases(): Promise<Record<string, number>> {
  const t0 = performance.now();
  await verifyPassphrase(PASS);
  const t1 = performance.now();
  const payload = await collectPayload();
  const t2 = performance.now();
  await sealBackup(payload, PASS);
  const t3 = performance.now();
  return { verify: t1 - t0, collect: t2 - t1, seal: t3 - t2 };
}

/** The longest task the page's own thread ran while `work` was going on (Long Tasks API: tasks over 50 ms; 0 if none). */
async function longestTask(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await work();
  // Long-task entries are delivered after the task: let the queue drain before reading.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return longest;
}

/**
 * How long the page is blocked while a backup is opened: as Polku does it (everything in the
 * worker) and as it did before (only Argon2id in the worker; decryption's result, decompression,
 * parsing and validation on the page).
 */
async function openBlocking(): Promise<{ worker: number; page: number }> {
  if (!file) throw new Error('no backup yet');
  const bytes = file;
  await prewarmKdf();
  const worker = await longestTask(() => openBackup(bytes, PASS));
  await prewarmKdf();
  const page = await longestTask(() => openBackupWith(bytes, passphraseBytes(PASS), (pw, salt, params) => deriveArgon2id(pw, salt, params)));
  return { worker, page };
}

(window as unknown as { __backupBench: unknown }).__backupBench = { setup, backupOnce, restoreOnce, backupPhases, openBlocking };
