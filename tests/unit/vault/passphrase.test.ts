import { describe, expect, test } from 'vitest';
import { generatePassphrase } from '../../../src/vault/passphraseGenerator';
import { assessPassphrase } from '../../../src/vault/passphraseStrength';

describe('assessPassphrase', () => {
  test.each([
    ['salasana123', 'too-short'],
    ['password1234', 'common-password'],
    ['asdfghjkl;lkjhgf', 'keyboard-pattern'],
    ['aaaaaaaaaaaaaaaa', 'repeats'],
  ])('refuses %s with the reason %s', async (passphrase, reason) => {
    const strength = await assessPassphrase(passphrase);
    expect(strength.acceptable).toBe(false);
    expect(strength.reasons).toContain(reason);
  });

  test('accepts a generated six-word passphrase and a long personal sentence', async () => {
    const { passphrase } = await generatePassphrase('en');
    expect((await assessPassphrase(passphrase)).acceptable).toBe(true);
    expect((await assessPassphrase('Mummon mökin portaat narisevat aina sateella 7')).acceptable).toBe(true);
  });
});

describe('generatePassphrase', () => {
  test.each(['en', 'sv'] as const)('gives six %s words and at least 70 bits', async (language) => {
    const first = await generatePassphrase(language);
    const second = await generatePassphrase(language);
    expect(first.passphrase.split(' ')).toHaveLength(6);
    expect(first.passphrase).toMatch(/^[a-zåäö]+( [a-zåäö]+){5}$/);
    expect(first.bits).toBeGreaterThanOrEqual(70);
    expect(first.passphrase).not.toBe(second.passphrase);
  });
});
