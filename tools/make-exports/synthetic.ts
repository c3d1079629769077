/**
 * Realistic synthetic exports with a known truth, for tests and the bench: a seeded population
 * whose true weekly band shares are fixed, each person randomised through the same code path the
 * app uses (buildExport), some people exporting twice (superseded), some files duplicated.
 */
import { buildExport, exportText, type WeekTruth } from '../../src/research/buildExport';
import { addWeeks } from '../../src/research/isoWeek';
import { MODULES_DONE, MOST_HELPFUL, SOUGHT_HELP, USE_CHANGE, WEEKS_USING, WOULD_CHANGE } from '../../src/research/items';
import type { Answers } from '../../src/research/exportSchema';
import { newInstallId, randomBelow, seededRandom, type RandomSource } from '../../src/research/random';

/** True shares of the bands (use days k = 4, urge k = 3) in the synthetic population. */
export const TRUTH = { useDaysBand: [0.55, 0.25, 0.12, 0.08], urgeBand: [0.5, 0.35, 0.15] } as const;
/** Representative days / urge values for each band, so the app's banding maps them back. */
const USE_DAYS = [0, 2, 4, 6];
const URGES = [2, 5, 8];
const LANGS = ['fi', 'sv', 'en'] as const;

function pick(random: RandomSource, shares: readonly number[]): number {
  const u = random() / 2 ** 32;
  let acc = 0;
  for (let i = 0; i < shares.length; i += 1) {
    acc += shares[i] ?? 0;
    if (u < acc) return i;
  }
  return shares.length - 1;
}

function choose<T>(random: RandomSource, list: readonly T[]): T {
  return list[randomBelow(random, list.length)] as T;
}

export type Synthetic = { texts: string[]; people: number; exportWeek: string };

export type Options = { people: number; seed: number; exportWeek?: string; repeatShare?: number; duplicateShare?: number };

/** One text per file (pretty JSON, as the app saves it). Weeks −1…−4 all carry data. */
export function makeExports({ people, seed, exportWeek = '2026-W40', repeatShare = 0.1, duplicateShare = 0.02 }: Options): Synthetic {
  const random = seededRandom(seed);
  const texts: string[] = [];
  for (let i = 0; i < people; i += 1) {
    const installId = newInstallId(random);
    const weeks: WeekTruth[] = [1, 2, 3, 4].map((back) => ({
      week: addWeeks(exportWeek, -back),
      useDays: USE_DAYS[pick(random, TRUTH.useDaysBand)] ?? 0,
      strongestUrge: URGES[pick(random, TRUTH.urgeBand)] ?? 0,
    }));
    const answers: Answers = {
      useChange: choose(random, USE_CHANGE),
      mostHelpful: choose(random, MOST_HELPFUL),
      wouldChange: WOULD_CHANGE.filter(() => randomBelow(random, 4) === 0),
      keepConfidence: 1 + randomBelow(random, 5),
      soughtHelp: choose(random, SOUGHT_HELP),
      weeksUsing: choose(random, WEEKS_USING),
      modulesDone: choose(random, MODULES_DONE),
    };
    const language = LANGS[pick(random, [0.7, 0.2, 0.1])] ?? 'fi';
    const base = { studyId: 'open-v1' as const, installId, appVersion: '0.1', language, weeks, answers };
    const repeats = random() / 2 ** 32 < repeatShare;
    const first = buildExport({ ...base, exportSeq: 1, exportWeek, memo: {} }, random);
    if (repeats) {
      // An earlier export a week before, then the one that counts: the memo carries the noise over.
      const earlier = buildExport({ ...base, exportSeq: 1, exportWeek: addWeeks(exportWeek, -1), memo: {} }, random);
      texts.push(exportText(earlier.file));
      const later = buildExport({ ...base, exportSeq: 2, exportWeek, memo: earlier.memo }, random);
      texts.push(exportText(later.file));
    } else texts.push(exportText(first.file));
    if (random() / 2 ** 32 < duplicateShare) texts.push(texts[texts.length - 1] as string);
  }
  return { texts, people, exportWeek };
}
