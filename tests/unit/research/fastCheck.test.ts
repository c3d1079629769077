import { describe, expect, it } from 'vitest';
import { exportV1Schema } from '../../../src/research/exportSchema';
import { certainlyValidV1 } from '../../../src/research/fastCheck';
import { randomBelow, seededRandom } from '../../../src/research/random';
import { makeExports } from '../../../tools/make-exports/synthetic';

const POOL: unknown[] = [0, 1, -1, 2, 3, 4, 5, 6, 9999, 10000, 1.5, -0, '', 'x', 'fi', 'de', 'stopped', 'audio', 'open-v1', '2026-W40', '2026-W54', 'AAAAAAAAAAAAAAAAAAAAAA', null, true, [], {}, ['audio'], ['audio', 'x'], { weekOffset: -1 }, { weekOffset: -1, urgeBand: 3 }, 'feedback-export', 'grr', 'weekly-v1', 'fb-v1'];

/** One random change somewhere in the tree: a value replaced, a key removed, or a key added. */
function mutate(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) {
    const copy = [...value];
    if (copy.length && randomBelow(random, 3) > 0) {
      const i = randomBelow(random, copy.length);
      copy[i] = mutate(copy[i], random);
    } else copy.push(POOL[randomBelow(random, POOL.length)]);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const pick = randomBelow(random, 6);
    if (pick === 0 && keys.length) delete copy[keys[randomBelow(random, keys.length)] as string];
    else if (pick === 1) copy[['extra', 'useDaysBand', 'urgeBand', 'keepConfidence', 'wouldChange', 'note'][randomBelow(random, 6)] as string] = POOL[randomBelow(random, POOL.length)];
    else if (keys.length) {
      const key = keys[randomBelow(random, keys.length)] as string;
      copy[key] = randomBelow(random, 2) ? mutate(copy[key], random) : POOL[randomBelow(random, POOL.length)];
    }
    return copy;
  }
  return POOL[randomBelow(random, POOL.length)];
}

describe('the aggregator fast check', () => {
  const files = makeExports({ people: 200, seed: 4 }).texts.map((t) => JSON.parse(t) as unknown);

  it('accepts the files the app writes (so the hot path is used)', () => {
    for (const f of files) expect(certainlyValidV1(f)).toBe(true);
  });

  it('never accepts a file that the zod schema refuses (20,000 mutated files)', () => {
    const random = seededRandom(99);
    let refusedByZod = 0;
    for (let i = 0; i < 20_000; i += 1) {
      let candidate = files[i % files.length];
      for (let m = 1 + randomBelow(random, 3); m > 0; m -= 1) candidate = mutate(candidate, random);
      const zodOk = exportV1Schema.safeParse(candidate).success;
      if (!zodOk) refusedByZod += 1;
      if (certainlyValidV1(candidate)) expect(zodOk).toBe(true);
    }
    expect(refusedByZod).toBeGreaterThan(5000);
  });
});
