/**
 * Passphrase strength with zxcvbn-ts (common passwords, Finnish words, first names, keyboard
 * patterns, dates). Loaded only on the screens that set a passphrase. PRIVACY: runs locally;
 * `@zxcvbn-ts/matcher-pwned` (a web service) is never used.
 */
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

export const MIN_LENGTH = 12;
/** zxcvbn score 3 = about 10^8–10^10 guesses; with Argon2id at 64 MiB that is years per GPU. */
export const MIN_SCORE = 3;

export type WeakReason = 'too-short' | 'common-password' | 'keyboard-pattern' | 'repeats' | 'dates' | 'few-words' | 'guessable';
export type Strength = { score: 0 | 1 | 2 | 3 | 4; acceptable: boolean; reasons: WeakReason[] };

type Checker = { check(password: string, userInputs?: (string | number)[]): ZxcvbnResult };
let loading: Promise<Checker> | undefined;

/**
 * Common passwords, keyboard graphs, the diceware list, Finnish common words and first names.
 * The large English word lists (about 1.2 MB) are left out to keep the offline precache small;
 * length and the common-password list carry most of the weight.
 */
async function load(): Promise<Checker> {
  const [core, common, fiWords, fiFemale, fiMale, enNames] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fi/dist/commonWords.json.esm.js'),
    import('@zxcvbn-ts/language-fi/dist/femaleFirstnames.json.esm.js'),
    import('@zxcvbn-ts/language-fi/dist/maleFirstnames.json.esm.js'),
    import('@zxcvbn-ts/language-en/dist/firstnames.json.mjs'),
  ]);
  return new core.ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      'common-fi': fiWords.default,
      'names-fi': [...fiFemale.default, ...fiMale.default],
      'names-en': enNames.default,
    },
    graphs: common.adjacencyGraphs,
  });
}

/** Start loading early (e.g. when the passphrase screen mounts). */
export function preloadStrength(): Promise<unknown> {
  loading ??= load();
  return loading;
}

const APP_WORDS = ['polku', 'salasana', 'lösenord', 'password', 'passphrase', 'salalause'];

function reasonsFrom(result: ZxcvbnResult): WeakReason[] {
  const reasons = new Set<WeakReason>();
  for (const match of result.sequence) {
    if (match.pattern === 'dictionary' && (match as { dictionaryName?: string }).dictionaryName === 'passwords-common') reasons.add('common-password');
    if (match.pattern === 'spatial' || match.pattern === 'sequence') reasons.add('keyboard-pattern');
    if (match.pattern === 'repeat') reasons.add('repeats');
    if (match.pattern === 'date' || match.pattern === 'regex') reasons.add('dates');
  }
  if (reasons.size === 0 && result.sequence.length <= 2 && result.sequence.every((m) => m.pattern === 'dictionary')) reasons.add('few-words');
  if (reasons.size === 0) reasons.add('guessable');
  return [...reasons];
}

export async function assessPassphrase(passphrase: string): Promise<Strength> {
  const checker = await preloadStrength().then(() => loading as Promise<Checker>);
  const result = checker.check(passphrase.slice(0, 256), APP_WORDS);
  const tooShort = [...passphrase].length < MIN_LENGTH;
  const strongEnough = result.score >= MIN_SCORE;
  const reasons: WeakReason[] = [];
  if (tooShort) reasons.push('too-short');
  if (!strongEnough) reasons.push(...reasonsFrom(result));
  return { score: result.score, acceptable: !tooShort && strongEnough, reasons };
}
