/**
 * Issue 9, item 1: crackable passphrases are refused. The bar is an estimate of 10^12 guesses
 * (about 15 years for one GPU against Argon2id at 64 MiB, t = 3), or a generated passphrase.
 */
import { describe, expect, test } from 'vitest';
import { generatePassphrase } from '../../../src/vault/passphraseGenerator';
import { assessPassphrase } from '../../../src/vault/passphraseStrength';

const REVIEW_PHRASES = [
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'iloveyoubaby2024',
  'Summer2024Summer',
  'happybirthday2025',
  'Helsinki2024!!',
  'thequickbrownfox',
  'ilovemykids2010',
];
const FINNISH = ['rakastanlapsiani2010', 'minärakastansinua2024', 'Kesä2024Kesä2024', 'hyvääsyntymäpäivää2025', 'Tampere2024!!', 'nopearuskeakettu'];
const SWEDISH = ['jagälskardig2024', 'Sommar2024Sommar', 'grattispåfödelsedagen2025', 'jagälskarminabarn2010', 'Stockholm2024!!', 'denkvickabrunaräven'];

describe('passphrase policy (10^12 guesses)', () => {
  test.each([...REVIEW_PHRASES, ...FINNISH, ...SWEDISH])('refuses %s', async (passphrase) => {
    const strength = await assessPassphrase(passphrase);
    expect(strength.acceptable).toBe(false);
    expect(strength.score).toBeLessThan(4);
    expect(strength.reasons.length).toBeGreaterThan(0);
  });

  test('names the well-known phrase', async () => {
    expect((await assessPassphrase('correcthorsebatterystaple')).reasons).toContain('known-phrase');
  });

  test.each(['Mummon mökin portaat narisevat aina sateella 7', 'kuusi sanaa joista ei arvaa 🙂', 'Farmors gröna cykel står i regnet på taket 9'])(
    'accepts a long personal sentence: %s',
    async (passphrase) => {
      expect((await assessPassphrase(passphrase)).acceptable).toBe(true);
    },
  );

  test.each(['en', 'sv'] as const)('accepts five generated %s words, but only when the generator made them', async (language) => {
    for (let i = 0; i < 5; i += 1) {
      const { passphrase } = await generatePassphrase(language, 5);
      const strength = await assessPassphrase(passphrase, { generated: true });
      expect(strength.acceptable).toBe(true);
      expect(strength.score).toBe(4);
    }
    // Four words are not enough even from the generator.
    const { passphrase: four } = await generatePassphrase(language, 4);
    const short = await assessPassphrase(four, { generated: true });
    if (short.acceptable) expect((await assessPassphrase(four)).acceptable).toBe(true);
  });
});
