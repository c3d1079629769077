/**
 * The aggregator over files and folders on disk: the same core as the researcher page
 * (src/research), one file at a time so memory stays flat (only a small contribution per install
 * is held), sizes checked before reading, every output written to one folder, JSON Lines
 * streamed line by line.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Aggregator, type Summary } from '../../src/research/aggregate';
import { FILE_NAMES } from '../../src/research/codebook';
import { MAX_FILE_BYTES } from '../../src/research/items';
import { exportsIn, tableFiles } from '../../src/research/outputs';
import { longLines } from '../../src/research/rows';

export type RunOptions = { out: string; cap?: number; onProgress?: (done: number) => void };
/** `seconds` is wall time; `cpuSeconds` the process's own CPU time (user + system), which a busy machine does not inflate. */
export type RunResult = { summary: Summary; files: number; /** exports written to rows.jsonl */ rows: number; seconds: number; cpuSeconds: number };

/** Every file under the given paths, folders walked in name order (stable runs). */
export function* filesUnder(paths: readonly string[]): Generator<string> {
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      yield path; // reported as unreadable by the caller
      continue;
    }
    if (!isDir) {
      yield path;
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) yield* filesUnder([child]);
      else if (entry.isFile()) yield child;
    }
  }
}

export function runAggregate(paths: readonly string[], { out, cap = MAX_FILE_BYTES, onProgress }: RunOptions): RunResult {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const agg = new Aggregator(cap);
  let files = 0;
  for (const path of filesUnder(paths)) {
    files += 1;
    const limit = path.toLowerCase().endsWith('.jsonl') ? cap * 10_000 : cap;
    let size = -1;
    try {
      size = statSync(path).size;
    } catch {
      size = -1;
    }
    if (size <= 0 || size > limit) agg.addUnread(Math.max(0, size));
    else {
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        agg.addUnread(0);
      }
      if (text !== undefined) for (const one of exportsIn(path, text)) agg.addText(one);
    }
    if (onProgress && files % 1000 === 0) onProgress(files);
  }
  onProgress?.(files);
  mkdirSync(out, { recursive: true });
  const { tables, summary, log } = agg.finish();
  for (const file of tableFiles(tables, log)) writeFileSync(join(out, file.name), file.text);
  const fd = openSync(join(out, FILE_NAMES.rows), 'w');
  let rows = 0;
  let buffer = '';
  try {
    for (const lines of longLines(agg.contributions())) {
      rows += 1;
      buffer += lines;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { summary, files, rows, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
