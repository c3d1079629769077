/** Issue 10 item 11: Finnish suggestions come from a Finnish list as large as a diceware list. */
import { describe, expect, test } from 'vitest';
import { GENERATED_WORDS, GENERATOR_MIN_LIST, generatePassphrase, generatorWords } from '../../../src/vault/passphraseGenerator';
import { FINNISH_WORDS } from '../../../src/vault/passphraseWordsFi';
import { assessPassphrase } from '../../../src/vault/passphraseStrength';
import { wordListFor } from '../../../src/vault/passphraseLazy';

describe('the Finnish word list', () => {
  test('has at least 7,000 unique lower-case words of 4–9 letters', () => {
    expect(new Set(FINNISH_WORDS).size).toBe(FINNISH_WORDS.length);
    expect(FINNISH_WORDS.length).toBeGreaterThanOrEqual(GENERATOR_MIN_LIST);
    for (const word of FINNISH_WORDS) expect(word).toMatch(/^[a-zäö]{4,9}$/);
  });

  test('leaves out words that a person should not have to write down', () => {
    for (const word of ['lapsi', 'lapset', 'tyttö', 'poika', 'seksi', 'vittu', 'paska', 'rikos', 'poliisi', 'kuolema', 'tappaa', 'huume']) {
      expect(FINNISH_WORDS).not.toContain(word);
    }
  });

  test('a Finnish suggestion is six words from it, and Finnish screens default to it', async () => {
    const list = new Set(await generatorWords('fi'));
    const { passphrase, bits } = await generatePassphrase('fi');
    const words = passphrase.split(' ');
    expect(words).toHaveLength(GENERATED_WORDS);
    for (const word of words) expect(list.has(word)).toBe(true);
    expect(bits).toBeGreaterThanOrEqual(70);
    expect(wordListFor('fi')).toBe('fi');
  });

  test('five generated Finnish words pass the strength check', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { passphrase } = await generatePassphrase('fi', 5);
      expect((await assessPassphrase(passphrase, { generated: true })).acceptable).toBe(true);
    }
  });
});
