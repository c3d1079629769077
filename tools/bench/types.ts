/** One line of the benchmark table; also written to reports/bench.json. */
export type BenchRow = {
  name: string;
  value: number;
  unit: string;
  /** Human-readable budget, e.g. "<= 110". */
  budget: string;
  ok: boolean;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
