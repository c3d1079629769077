/** Lazy bridges to the vault's strength check and generator (zxcvbn and word lists load on demand). */
import type { StrengthView, WordListChoice } from '../../ui/NewPassphraseFields';

export async function assessLazily(passphrase: string): Promise<StrengthView> {
  const { assessPassphrase } = await import('../../vault/passphraseStrength');
  return assessPassphrase(passphrase);
}

export async function generateLazily(list: WordListChoice): Promise<string> {
  const { generatePassphrase } = await import('../../vault/passphraseGenerator');
  return (await generatePassphrase(list)).passphrase;
}

export function wordListFor(language: string): WordListChoice {
  return language.startsWith('sv') ? 'sv' : 'en';
}
