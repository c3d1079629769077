/**
 * Lazy bridges to the strength check and the generator, for every screen that sets a passphrase
 * (first run, recovery unlock, settings): zxcvbn and the word lists load only when used.
 */
import type { StrengthView, WordListChoice } from '../ui/NewPassphraseFields';

export async function assessLazily(passphrase: string): Promise<StrengthView> {
  const { assessPassphrase } = await import('./passphraseStrength');
  return assessPassphrase(passphrase);
}

export async function generateLazily(list: WordListChoice): Promise<string> {
  const { generatePassphrase } = await import('./passphraseGenerator');
  return (await generatePassphrase(list)).passphrase;
}

export function wordListFor(language: string): WordListChoice {
  return language.startsWith('sv') ? 'sv' : 'en';
}
