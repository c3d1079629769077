/**
 * Backup figures for `npm run bench` (issue 13; budgets from TOOLCHAIN.md): backup and restore of
 * ten years of synthetic data in Chromium (each <= 3 s) and the size of the backup file. Runs the
 * real vault and storage code (Argon2id 64 MiB t=3 in the worker) through a throw-away Vite dev
 * server, like vaultBench.ts. `npx tsx tools/bench/backupBench.ts` runs it alone.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PRIVACY_ARGS, findChromium } from '../findChromium';
import { startBenchServer } from './benchServer';
import { median, round, type BenchRow } from './types';

const PORT = 4177;
const PAGE = '/backup-bench.html';


type Bench = {
  setup(): Promise<{ records: number }>;
  backupOnce(): Promise<{ ms: number; bytes: number; entries: number }>;
  restoreOnce(): Promise<{ ms: number; entries: number }>;
  backupPhases(): Promise<Record<string, number>>;
  openBlocking(): Promise<{ worker: number; page: number }>;
};

export async function backupBenchRows({ browser }: { browser: Browser }): Promise<BenchRow[]> {
  const server = await startBenchServer(PAGE, '/tools/bench/backupBenchPage.tsx', PORT, ['dexie', 'hash-wasm', 'react', 'react-dom', 'zod', 'fflate']);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${PAGE}`);
    await page.waitForFunction(() => '__backupBench' in window, undefined, { timeout: 60_000 });
    const call = <K extends keyof Bench>(name: K) =>
      page.evaluate((n) => (window as unknown as { __backupBench: Record<string, () => Promise<unknown>> }).__backupBench[n]?.(), name) as ReturnType<Bench[K]>;
    const { records } = await call('setup');
    const backups: Array<{ ms: number; bytes: number; entries: number }> = [];
    const restores: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      backups.push(await call('backupOnce'));
      restores.push((await call('restoreOnce')).ms);
    }
    if (process.env.POLKU_BENCH_PHASES) console.log('backup phases', await call('backupPhases'));
    const blocking: Array<{ worker: number; page: number }> = [];
    for (let i = 0; i < 3; i += 1) blocking.push(await call('openBlocking'));
    const blockedWorker = median(blocking.map((b) => b.worker));
    const blockedPage = median(blocking.map((b) => b.page));
    const backup = median(backups.map((b) => b.ms));
    const restore = median(restores);
    const size = backups[backups.length - 1]?.bytes ?? 0;
    const count = records.toLocaleString('en');
    return [
      { name: `Backup of 10 years (${count} records): passphrase check + Argon2id 64 MiB t=3 for the file + gzip + AES-GCM, median of 3`, value: round(backup), unit: 'ms', budget: '<= 3000', ok: backup <= 3000 },
      { name: `Restore of 10 years (${count} records) into a fresh vault: Argon2id + decrypt + validate + seal + one transaction + verify, median of 3`, value: round(restore), unit: 'ms', budget: '<= 3000', ok: restore <= 3000 },
      { name: `Backup file of 10 years (${count} records, gzip then AES-GCM, base64 in JSON)`, value: round(size / 1024, 1), unit: 'KiB', budget: 'report', ok: true },
      { name: `Longest main-thread task while opening that backup in the worker (as Polku does; 0 = none over 50 ms), median of 3`, value: round(blockedWorker), unit: 'ms', budget: 'report', ok: true },
      { name: `The same with decryption, gunzip and validation on the page (only Argon2id in the worker; for comparison), median of 3`, value: round(blockedPage), unit: 'ms', budget: 'report', ok: true },
    ];
  } finally {
    await context.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_PRIVACY_ARGS });
  try {
    for (const row of await backupBenchRows({ browser })) console.log(`${row.name}: ${row.value} ${row.unit} (budget ${row.budget}) ${row.ok ? 'ok' : 'OVER'}`);
  } finally {
    await browser.close();
  }
}
