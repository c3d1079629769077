/**
 * How fast this machine is today, for reading the timing rows: Debian's native `argon2` with the
 * unlock's parameters (64 MiB, t = 3, p = 1). TOOLCHAIN.md's budgets were set where it took about
 * 135 ms; a shared machine can be several times slower on memory-bound work some days, and every
 * unlock figure moves with it. Reported only; absent when the tool is not installed.
 */
import { spawnSync } from 'node:child_process';
import { median, round, type BenchRow } from './types';

function runOnce(): number | undefined {
  const started = performance.now();
  // Fixed, made-up input: this measures the machine, not a passphrase.
  const result = spawnSync('argon2', ['benchmarksalt16b', '-id', '-m', '16', '-t', '3', '-p', '1'], { input: 'machine reference' });
  return result.status === 0 ? performance.now() - started : undefined;
}

export function machineReferenceRow(): BenchRow | undefined {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const ms = runOnce();
    if (ms === undefined) return undefined;
    times.push(ms);
  }
  const value = round(median(times), 0);
  return { name: 'This machine today: native argon2 CLI, 64 MiB t=3 p=1 (TOOLCHAIN.md budgets set at ~135 ms), median of 5', value, unit: 'ms', budget: 'report', ok: true };
}
