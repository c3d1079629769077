/**
 * `npm run bench`: builds Polku, serves the build with its production headers, and prints every
 * figure beside its budget from TOOLCHAIN.md. Writes the same rows to reports/bench.json.
 * `--no-build` reuses dist/ (or POLKU_OUT_DIR), `--no-lighthouse` skips the Lighthouse run, and
 * `--first-screen` keeps only the first screens' rows (sizes, offline cold start, Lighthouse).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_PRIVACY_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../findChromium';
import { firstScreenScripts, kbOf, precacheRow } from './bundle';
import { offlineColdStartRows } from './coldStart';
import { lighthouseRows } from './lighthouse';
import { extraBenchRows, lockScreenRow } from './extraRows';
import { machineReferenceRow } from './machineRow';
import { untilSettled } from './settle';
import { round, type BenchRow } from './types';

const root = join(import.meta.dirname, '..', '..');
const argv = new Set(process.argv.slice(2));
const PORT = Number(process.env.POLKU_BENCH_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;

const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
if (!argv.has('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const server = await preview({ root, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_PRIVACY_ARGS });
const rows: BenchRow[] = [];
const machine = machineReferenceRow();
if (machine) rows.push(machine);
try {
  const firstRunKb = kbOf(await firstScreenScripts(browser, BASE, '/'));
  rows.push({
    name: 'JS on the critical path of the first-run screen, gzip',
    value: round(firstRunKb),
    unit: 'KB',
    budget: '<= 110',
    ok: firstRunKb <= 110,
  });
  rows.push(await lockScreenRow(browser, BASE));
  rows.push(precacheRow());
  // The first screens' rows come first, as with --first-screen, so both modes time them alike.
  rows.push(...(await offlineColdStartRows(BASE, chromePath, CHROMIUM_PRIVACY_ARGS)));
  if (!argv.has('--no-lighthouse')) {
    // Lighthouse multiplies every task it sees by four: the rows before it must have finished.
    await untilSettled();
    rows.push(...(await lighthouseRows(`${BASE}/`, chromePath)));
  }
  if (!argv.has('--first-screen')) rows.push(...(await extraBenchRows({ browser, baseUrl: BASE, chromePath })));
} finally {
  await browser.close();
  await server.close();
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit   budget    ok`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(5)}  ${r.budget.padEnd(8)}  ${r.ok ? 'yes' : 'NO'}`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'bench.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log('\nWritten to reports/bench.json');
process.exit(rows.every((r) => r.ok) ? 0 : 1);
