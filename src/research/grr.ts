/**
 * Generalised (k-ary) randomised response: report the true code with probability p, each other
 * code with probability q, where p = e^ε/(e^ε + k − 1) and q = 1/(e^ε + k − 1), so p/q = e^ε and
 * one report is ε-locally differentially private. The estimator n̂ = (C − n·q)/(p − q) is
 * unbiased; its variance is n·q(1−q)/(p−q)² + n·f(1−p−q)/(p−q) (Wang et al., USENIX Security 2017).
 */
import { bernoulli, randomBelow, type RandomSource } from './random';

export type GrrParams = { k: number; epsilon: number; p: number; q: number };

export function grrParams(k: number, epsilon: number): GrrParams {
  const e = Math.exp(epsilon);
  return { k, epsilon, p: e / (e + k - 1), q: 1 / (e + k - 1) };
}

/** One randomised report of `value` (0…k−1). */
export function randomise(value: number, params: GrrParams, random: RandomSource): number {
  if (!Number.isInteger(value) || value < 0 || value >= params.k) throw new RangeError('value');
  if (bernoulli(random, params.p)) return value;
  const other = randomBelow(random, params.k - 1);
  return other >= value ? other + 1 : other;
}

export type Estimate = {
  code: number;
  /** Reports that said this code. */
  observed: number;
  estCount: number;
  estShare: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** The share clipped to [0, 1] and renormalised, for charts only. */
  shareClipped: number;
};

const Z95 = 1.959964;

/** De-biased estimates with 95% confidence intervals for every code (counts must cover 0…k−1). */
export function estimate(counts: readonly number[], params: GrrParams): Estimate[] {
  const n = counts.reduce((a, b) => a + b, 0);
  const { p, q } = params;
  const raw = counts.map((c) => (n === 0 ? 0 : (c - n * q) / (p - q)));
  const clipped = raw.map((r) => Math.max(0, r));
  const clippedSum = clipped.reduce((a, b) => a + b, 0);
  return counts.map((observed, code) => {
    const estCount = raw[code] ?? 0;
    const share = n === 0 ? 0 : estCount / n;
    const f = Math.min(1, Math.max(0, share));
    const variance = n === 0 ? 0 : (n * q * (1 - q)) / (p - q) ** 2 + (n * f * (1 - p - q)) / (p - q);
    const se = n === 0 ? 0 : Math.sqrt(Math.max(0, variance)) / n;
    return {
      code,
      observed,
      estCount,
      estShare: share,
      se,
      ciLow: share - Z95 * se,
      ciHigh: share + Z95 * se,
      shareClipped: clippedSum === 0 ? 0 : (clipped[code] ?? 0) / clippedSum,
    };
  });
}
