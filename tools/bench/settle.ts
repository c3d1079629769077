/**
 * Waiting for a quiet machine before a timed run, so a figure is not the previous row's (or the
 * browser's own start-up) work: the bench's rows run one after another on 2 cores.
 */
import { readFileSync } from 'node:fs';

/** Share of all cores busy over `windowMs`, from /proc/stat (undefined where there is none). */
async function busyShare(windowMs: number): Promise<number | undefined> {
  const read = () => {
    try {
      const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
      const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
      return { idle, total: fields.reduce((sum, n) => sum + n, 0) };
    } catch {
      return undefined;
    }
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = read();
  if (!before || !after || after.total === before.total) return undefined;
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

/** Until the machine is nearly idle (under 10 % of its cores busy over 300 ms), at most 10 s. */
export async function untilSettled(): Promise<void> {
  const end = performance.now() + 10_000;
  while (performance.now() < end) {
    const share = await busyShare(300);
    if (share === undefined || share < 0.1) return;
  }
  console.warn('bench: the machine stayed busy for 10 s; timing anyway');
}
