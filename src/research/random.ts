/**
 * The randomness research needs, injected: the app passes a CSPRNG from src/vault (only the vault
 * touches Web Crypto), tests pass a seeded generator so statistical tests are reproducible.
 */
/** Returns a uniformly random unsigned 32-bit integer. */
export type RandomSource = () => number;

/** Uniform integer in [0, bound) by rejection sampling (no modulo bias). */
export function randomBelow(random: RandomSource, bound: number): number {
  if (!Number.isInteger(bound) || bound <= 0 || bound > 2 ** 32) throw new RangeError('bound');
  const limit = Math.floor(2 ** 32 / bound) * bound;
  for (;;) {
    const value = random() >>> 0;
    if (value < limit) return value % bound;
  }
}

/** True with probability `p`, decided on integers (two 32-bit words, 53 bits of resolution). */
export function bernoulli(random: RandomSource, p: number): boolean {
  const u = ((random() >>> 5) * 67_108_864 + (random() >>> 6)) / 9_007_199_254_740_992;
  return u < p;
}

/** A seeded generator (mulberry32) for tests, the synthetic exports and the bench; never for a person's data. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A fresh install id: 128 random bits (22 base64url characters; the last one carries 2 bits). */
export function newInstallId(random: RandomSource): string {
  let out = '';
  for (let i = 0; i < 21; i += 1) out += BASE64URL[randomBelow(random, 64)];
  return out + BASE64URL[randomBelow(random, 4) * 16];
}
