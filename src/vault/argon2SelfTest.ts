/**
 * Argon2id known-answer self-test (see selfTestArgon2id), shared by the worker and the in-process
 * path. Its own module, so the engine module stays a single function.
 */
import { computeArgon2id } from './argon2Compute';
import { toHex, utf8Encode } from './bytes';

/**
 * Known-answer self-test, run once in every worker (and in process) before the first real
 * derivation: some engines have computed Argon2id wrongly (libsodium.js on some mobile WebViews
 * above 8 MB), which would make a vault that no correct engine can open. 9 MiB, t = 1 takes about
 * 10 ms. Expected value from Debian's argon2 CLI:
 * printf '%s' password | argon2 somesalt -id -t 1 -k 9216 -p 1 -l 32 -r
 */
export const SELF_TEST = { password: 'password', salt: 'somesalt', params: { m: 9216, t: 1, p: 1 }, hex: '4959aa244001657c20c832c5304393a0a0052d6f0e936c8eece083860b6d898a' } as const;

let selfTest: Promise<boolean> | undefined;

export function selfTestArgon2id(): Promise<boolean> {
  selfTest ??= computeArgon2id(utf8Encode(SELF_TEST.password), utf8Encode(SELF_TEST.salt), SELF_TEST.params).then(
    (key) => toHex(key) === SELF_TEST.hex,
    () => false,
  );
  return selfTest;
}

/** For tests: forget the cached self-test result. */
export function resetSelfTestForTests(): void {
  selfTest = undefined;
}
