/**
 * Key-derivation parameters written into key slots. Only these exact combinations are accepted
 * when reading a slot, so a lowered or inflated parameter is refused before any work is done.
 */

export type Argon2Params = { m: number; t: number; p: 1 };

/** Argon2id m = 64 MiB, t = 3, p = 1: the default for every new passphrase slot. */
export const DEFAULT_ARGON2: Argon2Params = { m: 65536, t: 3, p: 1 };

/** The default plus the OWASP-equivalent fallbacks for slow devices (never lower). */
export const ALLOWED_ARGON2: readonly Argon2Params[] = [DEFAULT_ARGON2, { m: 47104, t: 1, p: 1 }, { m: 19456, t: 2, p: 1 }];

export const ARGON2_VERSION = 19;
export const SALT_BYTES = 16;
export const DERIVED_KEY_BYTES = 32;

export function isAllowedArgon2(params: { m: unknown; t: unknown; p: unknown }): params is Argon2Params {
  return ALLOWED_ARGON2.some((a) => a.m === params.m && a.t === params.t && a.p === params.p);
}
