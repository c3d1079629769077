/** Figures that features add to the benchmark (the vault's unlock and data timings). */
import type { Browser } from 'playwright-core';
import type { BenchRow } from './types';

export type BenchContext = { browser: Browser; baseUrl: string; chromePath: string };

export async function extraBenchRows(_context: BenchContext): Promise<BenchRow[]> {
  return [];
}
