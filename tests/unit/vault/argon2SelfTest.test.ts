/**
 * Issue 9, item 10: Argon2id runs a known-answer self-test before its first derivation (in the
 * worker, and in process where there is no worker); a wrong engine derives nothing.
 */
import { argon2id } from 'hash-wasm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { resetSelfTestForTests, selfTestArgon2id, SELF_TEST } from '../../../src/vault/argon2SelfTest';
import { deriveArgon2id } from '../../../src/vault/argon2Derive';
import { utf8Encode } from '../../../src/vault/bytes';

vi.mock('hash-wasm', async (original) => {
  const real = await original<typeof import('hash-wasm')>();
  return { ...real, argon2id: vi.fn(real.argon2id) };
});

afterEach(() => {
  resetSelfTestForTests();
  vi.mocked(argon2id).mockClear();
});

describe('Argon2id known-answer self-test', () => {
  test('passes with the real engine (vector from Debian\'s argon2 CLI, 9 MiB, t = 1)', async () => {
    expect(SELF_TEST.params).toEqual({ m: 9216, t: 1, p: 1 });
    expect(await selfTestArgon2id()).toBe(true);
  });

  test('runs before the first derivation, once', async () => {
    await deriveArgon2id(utf8Encode('a passphrase'), utf8Encode('0123456789abcdef'), { m: 19456, t: 2, p: 1 });
    await deriveArgon2id(utf8Encode('a passphrase'), utf8Encode('0123456789abcdef'), { m: 19456, t: 2, p: 1 });
    const memories = vi.mocked(argon2id).mock.calls.map((call) => call[0].memorySize);
    expect(memories).toEqual([9216, 19456, 19456]);
  });

  test('an engine that computes a wrong answer derives nothing and zeroes the passphrase', async () => {
    vi.mocked(argon2id).mockImplementationOnce(async () => new Uint8Array(32).fill(7));
    const password = utf8Encode('a passphrase');
    await expect(deriveArgon2id(password, utf8Encode('0123456789abcdef'), { m: 19456, t: 2, p: 1 })).rejects.toMatchObject({ code: 'kdf-failed' });
    expect([...password].every((b) => b === 0)).toBe(true);
    expect(vi.mocked(argon2id)).toHaveBeenCalledTimes(1);
  });
});
