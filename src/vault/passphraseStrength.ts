/**
 * Passphrase strength with zxcvbn-ts: common passwords, the English and Finnish word lists, first
 * names and surnames, Wikipedia words, keyboard patterns and dates, plus a short Swedish list and
 * well-known phrases of our own (there is no Swedish pack). Loaded only where a passphrase is set,
 * and run in a short-lived worker (see passphraseLazy.ts). PRIVACY: runs locally;
 * `@zxcvbn-ts/matcher-pwned` (a web service) is never used.
 *
 * The bar: an estimate of at least 10^12 guesses. Argon2id at 64 MiB, t = 3 costs an attacker about
 * 2,000 guesses per second on one GPU, so 10^12 guesses is about 15 years for one GPU (zxcvbn's
 * score 3, 10^8 to 10^10 guesses, is about 14 hours to 2 months). A passphrase the generator made
 * (at least five words from a list of 7,000 or more, 64 bits or more) is accepted as well.
 */
import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { GENERATOR_MIN_LIST, GENERATOR_MIN_WORDS, generatorWords, WORD_LIST_LANGUAGES } from './passphraseGenerator';
import { LOCAL_COMMON_PASSWORDS, SWEDISH_COMMON_WORDS, WELL_KNOWN_PHRASES } from './passphraseWordsSv';

export const MIN_LENGTH = 12;
/** log10 of the guesses an attacker needs at least: 10^12, about 15 GPU-years at 64 MiB, t = 3. */
export const MIN_GUESSES_LOG10 = 12;

export type WeakReason = 'too-short' | 'common-password' | 'known-phrase' | 'keyboard-pattern' | 'repeats' | 'dates' | 'few-words' | 'guessable';
export type Score = 0 | 1 | 2 | 3 | 4;
export type Strength = { score: Score; acceptable: boolean; reasons: WeakReason[] };
export type AssessOptions = { /** The generator filled the field and it was not edited since. */ generated?: boolean };

type Checker = { check(password: string, userInputs?: (string | number)[]): ZxcvbnResult };
let loading: Promise<Checker> | undefined;

async function load(): Promise<Checker> {
  const [core, common, en, fi] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fi'),
  ]);
  return new core.ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      'common-fi': fi.dictionary.commonWords,
      'wikipedia-fi': fi.dictionary.wikipedia,
      'names-fi': [...fi.dictionary.femaleFirstnames, ...fi.dictionary.maleFirstnames, ...fi.dictionary.lastnames],
      'common-sv': [...new Set(SWEDISH_COMMON_WORDS)],
      'known-phrases': [...WELL_KNOWN_PHRASES],
      'passwords-local': [...LOCAL_COMMON_PASSWORDS],
    },
    graphs: common.adjacencyGraphs,
  });
}

/** Starts loading the dictionaries (e.g. when the passphrase screen mounts). */
export function preloadStrength(): Promise<unknown> {
  loading ??= load();
  return loading;
}

const APP_WORDS = ['polku', 'salasana', 'lösenord', 'password', 'passphrase', 'salalause'];

function reasonsFrom(result: ZxcvbnResult): WeakReason[] {
  const reasons = new Set<WeakReason>();
  for (const match of result.sequence) {
    const dictionaryName = (match as { dictionaryName?: string }).dictionaryName;
    if (match.pattern === 'dictionary' && (dictionaryName === 'passwords-common' || dictionaryName === 'passwords-local')) reasons.add('common-password');
    if (match.pattern === 'dictionary' && dictionaryName === 'known-phrases') reasons.add('known-phrase');
    if (match.pattern === 'spatial' || match.pattern === 'sequence') reasons.add('keyboard-pattern');
    if (match.pattern === 'repeat') reasons.add('repeats');
    if (match.pattern === 'date' || match.pattern === 'regex') reasons.add('dates');
  }
  if (reasons.size === 0 && result.sequence.some((m) => m.pattern === 'dictionary')) reasons.add('few-words');
  if (reasons.size === 0) reasons.add('guessable');
  return [...reasons];
}

/** Five or more words, all from one generator list of 7,000 words or more. */
async function isGeneratedShape(passphrase: string): Promise<boolean> {
  const words = passphrase.trim().split(/\s+/);
  if (words.length < GENERATOR_MIN_WORDS) return false;
  for (const language of WORD_LIST_LANGUAGES) {
    const list = new Set(await generatorWords(language));
    if (list.size >= GENERATOR_MIN_LIST && words.every((w) => list.has(w))) return true;
  }
  return false;
}

/**
 * zxcvbn's estimate for a phrase of n parts is n! × (product of the parts' guesses) + 10^4^(n−1).
 * The added term alone lifts any four-part phrase (word, word, word, year) to 10^12, yet cracking
 * rules that join dictionary words and years pay only the product. We count only the product.
 */
function attackerLog10(result: ZxcvbnResult): number {
  let log = 0;
  result.sequence.forEach((match, index) => {
    log += Math.log10(index + 1) + Math.log10(Math.max(1, match.guesses));
  });
  return Math.min(result.guessesLog10, log);
}

/** The meter's 0–4, on our scale: 4 only at the bar (10^12), so "strong" always means accepted. */
function scoreOf(guessesLog10: number): Score {
  if (guessesLog10 >= MIN_GUESSES_LOG10) return 4;
  if (guessesLog10 >= 10) return 3;
  if (guessesLog10 >= 8) return 2;
  if (guessesLog10 >= 6) return 1;
  return 0;
}

export async function assessPassphrase(passphrase: string, options: AssessOptions = {}): Promise<Strength> {
  const checker = await preloadStrength().then(() => loading as Promise<Checker>);
  const text = passphrase.slice(0, 256);
  // Attackers try a phrase with and without its spaces; the weaker of the two estimates counts.
  const results = [checker.check(text, APP_WORDS)];
  const squashed = text.replace(/\s+/g, '');
  if (squashed !== text && squashed.length > 0) results.push(checker.check(squashed, APP_WORDS));
  const weakest = results.map((result) => ({ result, log10: attackerLog10(result) })).reduce((a, b) => (b.log10 < a.log10 ? b : a));
  const tooShort = [...passphrase].length < MIN_LENGTH;
  const generated = !!options.generated && (await isGeneratedShape(passphrase));
  const strongEnough = generated || weakest.log10 >= MIN_GUESSES_LOG10;
  const reasons: WeakReason[] = [];
  if (tooShort) reasons.push('too-short');
  if (!strongEnough) reasons.push(...reasonsFrom(weakest.result));
  const score = generated ? 4 : scoreOf(weakest.log10);
  return { score: strongEnough ? score : (Math.min(score, 3) as Score), acceptable: !tooShort && strongEnough, reasons };
}
