/**
 * Vault figures for `npm run bench` (budgets from TOOLCHAIN.md): unlock time, encrypted read of
 * ten years of synthetic data against the same records in plain Dexie (same run), and unlock to
 * rendered data. Runs the real vault and storage code in Chromium through a throw-away Vite dev
 * server, because the production build exposes no way to seed ten years of data.
 * Call `vaultBenchRows({ browser, baseUrl })` (baseUrl: the production preview, for the unlock
 * row through the real lock screen); `npx tsx tools/bench/vaultBench.ts [baseUrl]` runs it alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PRIVACY_ARGS, findChromium } from '../findChromium';
import { startBenchServer } from './benchServer';
import { median, round, type BenchRow } from './types';

const root = join(import.meta.dirname, '..', '..');

/** The tracker's chart chunk in the production build (loaded lazily, never by the lock screen), gzip. */
function chartChunkRow(): BenchRow | undefined {
  const assets = join(root, process.env.POLKU_OUT_DIR ?? 'dist', 'assets');
  const file = existsSync(assets) ? readdirSync(assets).find((name) => /^TrackerCharts-.*\.js$/.test(name)) : undefined;
  if (!file) return undefined;
  const kb = gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024;
  return { name: 'Tracker chart JS, gzip (lazy chunk: d3-scale, d3-shape and the chart components)', value: round(kb), unit: 'KB', budget: 'report', ok: true };
}
const PORT = 4176;
const PAGE = '/vault-bench.html';


type Bench = {
  setup(): Promise<{ records: number }>;
  unlockOnce(): Promise<number>;
  readEncrypted(): Promise<number>;
  readPlain(): Promise<number>;
  unlockToRendered(): Promise<number>;
  unlockToTracker(): Promise<number>;
  argon2Alone(): Promise<number>;
  trackerAfterKey(): Promise<number>;
  autosaveOnce(): Promise<number>;
  storedSize(): Promise<{ rows: number; bytes: number; pages: number }>;
};

const BENCH_PASSPHRASE = 'benchmark passphrase with six words';

/**
 * Unlock through the real lock screen of the production build (strict CSP, Trusted Types, the
 * built worker): from Enter to the settings screen rendered behind it, timed inside the page. Median of 5.
 */
async function unlockInProduction(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await page.goto('/welcome');
    const click = (name: RegExp) => page.getByRole('button', { name }).first().click();
    await click(/^Continue$/);
    await click(/18 or older/);
    await click(/^Continue$/);
    await page.getByLabel('New passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
    await page.getByLabel('Type the passphrase again', { exact: true }).fill(BENCH_PASSPHRASE);
    await page.waitForFunction(() => /strong/.test(document.querySelector('.strength label')?.textContent ?? ''));
    await click(/Create my private space/);
    const code = (await page.locator('.secret-code').textContent({ timeout: 30_000 })) ?? '';
    await click(/I have written it down/);
    await page.getByLabel('Type the code to show you have it').fill(code);
    await click(/^Continue$/);
    await click(/Start using Polku/);
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.goto('/settings');
      const field = page.getByLabel('Passphrase', { exact: true });
      await field.fill(BENCH_PASSPHRASE);
      await page.waitForTimeout(500); // the lock screen warms the worker while the person types
      await page.evaluate(() => {
        const w = window as unknown as { __t0?: number; __t1?: Promise<number> };
        w.__t1 = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            // Done when the lock screen is gone and the screen behind it shows its heading (a
            // "Loading" placeholder in between does not count as rendered).
            if (!document.querySelector('.lock-screen__actions') && document.querySelector('main h1') && !document.querySelector('.status-screen')) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        window.addEventListener('keydown', (e) => { if (e.key === 'Enter') w.__t0 = performance.now(); }, { capture: true, once: true });
      });
      await field.press('Enter');
      times.push(await page.evaluate(async () => {
        const w = window as unknown as { __t0?: number; __t1?: Promise<number> };
        return (await (w.__t1 ?? Promise.resolve(0))) - (w.__t0 ?? 0);
      }));
    }
    return median(times);
  } finally {
    await context.close();
  }
}

export async function vaultBenchRows({ browser, baseUrl }: { browser: Browser; baseUrl?: string }): Promise<BenchRow[]> {
  const server = await startBenchServer(PAGE, '/tools/bench/vaultBenchPage.tsx', PORT, ['dexie', 'hash-wasm', 'react', 'react-dom', 'react-dom/client', 'zod']);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${PAGE}`);
    await page.waitForFunction(() => 'vaultBench' in window || '__vaultBench' in window, undefined, { timeout: 60_000 });
    const call = <K extends keyof Bench>(name: K) =>
      page.evaluate((n) => (window as unknown as { __vaultBench: Record<string, () => Promise<unknown>> }).__vaultBench[n]?.(), name) as ReturnType<Bench[K]>;

    await call('setup');
    await call('unlockOnce'); // warm-up: first worker and WASM compile
    const unlocks: number[] = [];
    for (let i = 0; i < 5; i += 1) unlocks.push(await call('unlockOnce'));
    const encrypted: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      encrypted.push(await call('readEncrypted'));
      plain.push(await call('readPlain'));
    }
    await call('unlockToRendered'); // warm-up: the dev server transforms the home screen's modules once
    const rendered: number[] = [];
    for (let i = 0; i < 5; i += 1) rendered.push(await call('unlockToRendered'));
    await call('unlockToTracker'); // warm-up: the dev server transforms the tracker's modules once
    const tracker: number[] = [];
    for (let i = 0; i < 5; i += 1) tracker.push(await call('unlockToTracker'));
    const argon2: number[] = [];
    const afterKey: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      argon2.push(await call('argon2Alone'));
      afterKey.push(await call('trackerAfterKey'));
    }
    const saves: number[] = [];
    for (let i = 0; i < 21; i += 1) saves.push(await call('autosaveOnce'));
    await call('readEncrypted');
    const size = await call('storedSize');

    const unlock = baseUrl ? await unlockInProduction(browser, baseUrl) : median(unlocks);
    const ratio = median(encrypted) / median(plain);
    const toRendered = median(rendered);
    const autosave = median(saves);
    const toTracker = median(tracker);
    const charts = chartChunkRow();
    return [
      { name: `Unlock (Argon2id 64 MiB t=3 in a worker + unwrap)${baseUrl ? ' in the production build, Enter to the screen behind rendered' : ''}, median of 5`, value: round(unlock), unit: 'ms', budget: '<= 400', ok: unlock <= 400 },
      { name: `Encrypted read of 10 years (${size.rows} pages, 9,503 records): ${round(median(encrypted))} ms vs plain Dexie ${round(median(plain))} ms, medians of 5`, value: round(ratio, 2), unit: 'x', budget: '<= 1.3', ok: ratio <= 1.3 },
      { name: 'Unlock to the home screen rendered over 10 years (course progress, today\'s check-in, recent activity: the real home screen), median of 5', value: round(toRendered), unit: 'ms', budget: '<= 400', ok: toRendered <= 400 },
      { name: 'Unlock to the rendered tracker page with its charts over 10 years (3,650 check-ins, 520 weekly reviews, 260 questionnaires; real record stores and components), median of 5', value: round(toTracker), unit: 'ms', budget: '<= 400', ok: toTracker <= 400 },
      { name: '  of which Argon2id alone in the worker, same run (TOOLCHAIN.md: ~215 ms on these machines; the KDF settings are fixed by the security design), median of 5', value: round(median(argon2)), unit: 'ms', budget: 'report', ok: true },
      { name: "  of which Polku's own work once the key is held: every page decrypted, the records checked, the tracker rendered with its charts, median of 5", value: round(median(afterKey)), unit: 'ms', budget: 'report', ok: true },
      ...(charts ? [charts] : []),
      { name: 'One autosave of a journal answer with 10 years present (sealed and stored), median of 21', value: round(autosave, 2), unit: 'ms', budget: '<= 16', ok: autosave <= 16 },
      { name: `IndexedDB: ${size.rows} page rows in one table`, value: round(size.bytes / 1024, 1), unit: 'KiB', budget: 'report', ok: true },
    ];
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_PRIVACY_ARGS });
  try {
    for (const row of await vaultBenchRows({ browser, baseUrl: process.argv[2] })) console.log(`${row.name}: ${row.value} ${row.unit} (budget ${row.budget}) ${row.ok ? 'ok' : 'OVER'}`);
  } finally {
    await browser.close();
  }
}
