/**
 * `npm run aggregate -- <files or folders> [--out folder] [--cap bytes] [--json]`
 * Reads anonymous feedback exports, writes the tidy CSVs, codebook, datapackage.json and
 * rows.jsonl into the output folder (default: aggregate-out), and prints a summary. A progress
 * bar appears only when standard error is a terminal. `--json` prints the summary as JSON
 * (with the process's peak memory), for the bench.
 */
import { readFileSync } from 'node:fs';
import { runAggregate } from './run';

/**
 * This process's own peak memory. On Linux, getrusage's maxRSS survives exec, so a CLI started
 * by a large parent (the bench, after Chromium and Vite) would report the parent's size; the
 * kernel's per-process high-water mark (VmHWM) starts afresh with this program.
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall back below
  }
  return process.resourceUsage().maxRSS / 1024;
}

const args = process.argv.slice(2);
const paths: string[] = [];
let out = 'aggregate-out';
let cap: number | undefined;
let json = false;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] as string;
  if (arg === '--out') out = args[++i] ?? out;
  else if (arg === '--cap') cap = Number(args[++i]);
  else if (arg === '--json') json = true;
  else if (arg === '--help' || arg === '-h') {
    console.log('usage: npm run aggregate -- <files or folders> [--out folder] [--cap bytes] [--json]');
    process.exit(0);
  } else paths.push(arg);
}
if (paths.length === 0) {
  console.error('usage: npm run aggregate -- <files or folders> [--out folder] [--cap bytes] [--json]');
  process.exit(2);
}

const tty = process.stderr.isTTY === true;
const progress = tty
  ? (done: number) => {
      const spin = Math.floor(done / 1000) % 20;
      process.stderr.write(`\r[${'#'.repeat(spin).padEnd(20, '.')}] ${done.toLocaleString('en')} files`);
    }
  : undefined;

const result = runAggregate(paths, { out, cap, onProgress: progress });
if (tty) process.stderr.write('\n');
const { summary } = result;
if (json) {
  console.log(JSON.stringify({ ...result, maxRssMb: peakRssMb() }));
} else {
  console.log(`${result.files} files read in ${result.seconds.toFixed(2)} s; outputs in ${out}/`);
  for (const [outcome, n] of Object.entries(summary.byOutcome)) console.log(`  ${outcome.padEnd(11)} ${n}`);
  for (const [reason, n] of Object.entries(summary.byReason)) console.log(`    rejected: ${reason.padEnd(18)} ${n}`);
}
