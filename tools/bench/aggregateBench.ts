/**
 * Aggregator CLI throughput over 100,000 synthetic exports (budget: >= 10,000 files/s, <= 512 MB),
 * and the same counts computed by DuckDB (@duckdb/node-api, dev dependency) from the CLI's JSON
 * Lines output as an independent check. The CLI runs as its own process, exactly as `npm run aggregate`
 * starts it (node --max-old-space-size=384 --import tsx tools/aggregate/cli.ts);
 * throughput is files over the CLI's own reading-and-writing time (startup is reported apart).
 * Run alone: `npx tsx tools/bench/aggregateBench.ts [files]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeExports } from '../make-exports/synthetic';
import { round, type BenchRow } from './types';

const root = join(import.meta.dirname, '..', '..');

/** Parses our own CSV (no quoted commas in the tables compared here). */
function csvRows(text: string): Array<Record<string, string>> {
  const [head, ...lines] = text.trim().split('\r\n');
  const cols = (head ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i] ?? '', v])));
}

/** DuckDB's counts from rows.jsonl, compared with the aggregator's unsuppressed counts. */
async function duckdbMismatches(out: string): Promise<{ compared: number; mismatches: number; seconds: number }> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const rows = join(out, 'rows.jsonl').replaceAll("'", "''");
  const weekly = (
    await connection.runAndReadAll(
      `SELECT iso_week, item_id, code, count(*) AS c FROM read_json('${rows}', format = 'newline_delimited')
       WHERE iso_week IS NOT NULL GROUP BY ALL`,
    )
  ).getRowObjects();
  const answers = (
    await connection.runAndReadAll(
      `SELECT item_id, code, count(*) AS c FROM read_json('${rows}', format = 'newline_delimited')
       WHERE iso_week IS NULL GROUP BY ALL`,
    )
  ).getRowObjects();
  connection.closeSync();
  instance.closeSync();
  const duck = new Map<string, number>();
  for (const r of weekly) duck.set(`w|${String(r.iso_week)}|${String(r.item_id)}|${String(r.code)}`, Number(r.c));
  for (const r of answers) duck.set(`f|${String(r.item_id)}|${String(r.code)}`, Number(r.c));
  let compared = 0;
  let mismatches = 0;
  for (const r of csvRows(readFileSync(join(out, 'weekly_bands.csv'), 'utf8'))) {
    if (r.suppressed === '1') continue;
    compared += 1;
    if ((duck.get(`w|${r.iso_week}|${r.item_id}|${r.code}`) ?? 0) !== Number(r.observed)) mismatches += 1;
  }
  for (const r of csvRows(readFileSync(join(out, 'feedback_items.csv'), 'utf8'))) {
    if (r.suppressed === '1') continue;
    compared += 1;
    if ((duck.get(`f|${r.item_id}|${r.value}`) ?? 0) !== Number(r.count)) mismatches += 1;
  }
  return { compared, mismatches, seconds: (performance.now() - started) / 1000 };
}

export async function aggregateBenchRows(files = 100_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-aggregate-bench-'));
  try {
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    const { texts } = makeExports({ people: Math.ceil(files / 1.1), seed: 2026 });
    const chosen = texts.slice(0, files);
    for (let i = 0; i < chosen.length; i += 1) {
      const folder = join(input, String(Math.floor(i / 1000)).padStart(3, '0'));
      if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${String(i).padStart(6, '0')}.json`), chosen[i] as string);
    }
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--max-old-space-size=384', '--import', 'tsx', join(root, 'tools/aggregate/cli.ts'), input, '--out', out, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    const wall = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`aggregate CLI failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { files: number; seconds: number; cpuSeconds: number; maxRssMb: number; summary: { byOutcome: Record<string, number> } };
    const rate = result.files / result.seconds;
    const cpuRate = result.files / result.cpuSeconds;
    const duck = await duckdbMismatches(out);
    console.log(
      `aggregate bench: ${result.files} files, ${result.summary.byOutcome.accepted} counted; CLI ${result.seconds.toFixed(2)} s reading and writing (${result.cpuSeconds.toFixed(2)} s of CPU), ${wall.toFixed(2)} s with startup; ` +
        `peak ${result.maxRssMb.toFixed(0)} MB; DuckDB compared ${duck.compared} counts in ${duck.seconds.toFixed(2)} s, ${duck.mismatches} differ`,
    );
    return [
      { name: `Aggregator CLI throughput, ${result.files.toLocaleString('en')} exports (per CPU second: ${round(cpuRate, 0)}; wall with startup: ${round(result.files / wall, 0)})`, value: round(rate, 0), unit: 'files/s', budget: '>= 10000', ok: rate >= 10_000 },
      { name: 'Aggregator CLI peak memory (max RSS)', value: round(result.maxRssMb), unit: 'MB', budget: '<= 512', ok: result.maxRssMb <= 512 },
      { name: `DuckDB counts from rows.jsonl that differ from the aggregator's (${duck.compared} compared)`, value: duck.mismatches, unit: 'cells', budget: '= 0', ok: duck.mismatches === 0 && duck.compared > 0 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await aggregateBenchRows(Number(process.argv[2] ?? 100_000));
  for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit} (budget ${r.budget}) ${r.ok ? 'ok' : 'NO'}`);
}
