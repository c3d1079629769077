/**
 * Recovery codes: 160 random bits written as 32 Crockford base32 characters, in 8 groups of 4, each
 * followed by one check character: `XXXXC-XXXXC-…` (8 groups of 5). Shown once; whoever holds it
 * can open the vault, so it is never stored, only its key slot.
 *
 * The check character lets the screen say which group has a typing error before anything is tried,
 * so a typo is not counted as a failed attempt. It is chosen so that, for group g (1–8) with values
 * v1…v5, the sum 1·v1 + 2·v2 + 3·v3 + 4·v4 + 5·v5 + g is 0 modulo 31 (a prime): any one changed
 * character (except 0 for Z) and any two neighbours swapped are caught, and so is a whole group
 * typed in the wrong place.
 *
 * Codes made before the check characters (8 groups of 4, 32 characters) are still accepted: the two
 * formats differ in length, so there is no ambiguity; they simply get no per-group check.
 */
import type { Bytes } from './bytes';
import { randomBytes } from './random';

export const RECOVERY_CODE_BYTES = 20;
export const RECOVERY_CODE_BITS = RECOVERY_CODE_BYTES * 8;
export const RECOVERY_CODE_GROUPS = 8;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = (RECOVERY_CODE_BYTES * 8) / 5;
const GROUP = 4;
const CHECK_MODULUS = 31;

function encodeBase32(bytes: Bytes): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

const mod = (n: number) => ((n % CHECK_MODULUS) + CHECK_MODULUS) % CHECK_MODULUS;

/** The check character for the 4 data characters of group `group` (1-based). */
export function checkCharacter(data: string, group: number): string {
  let sum = group;
  for (let i = 0; i < GROUP; i += 1) sum += (i + 1) * ALPHABET.indexOf(data[i] ?? '0');
  // 5 · c ≡ −sum (mod 31); 25 is the inverse of 5 modulo 31 (5 · 25 = 125 = 4 · 31 + 1).
  return ALPHABET[mod(-sum * 25)] ?? '0';
}

export function formatRecoveryCode(bytes: Bytes): string {
  return (encodeBase32(bytes).match(/.{4}/g) ?? []).map((data, index) => data + checkCharacter(data, index + 1)).join('-');
}

export function generateRecoveryCode(): { code: string; bytes: Bytes } {
  const bytes = randomBytes(RECOVERY_CODE_BYTES);
  return { code: formatRecoveryCode(bytes), bytes };
}

/** Case, spaces, dashes, O for 0 and I/L for 1 are all forgiven. */
function clean(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export type RecoveryCodeCheck =
  | { ok: true; data: string }
  | { ok: false; reason: 'length' | 'characters' }
  | { ok: false; reason: 'groups'; groups: number[] };

/**
 * Checks typed text before anything is tried: its length, its alphabet, and (for current codes)
 * each group's check character. `groups` lists the 1-based groups with a typing error.
 */
export function checkRecoveryCode(input: string): RecoveryCodeCheck {
  const text = clean(input);
  if ([...text].some((char) => !ALPHABET.includes(char))) return { ok: false, reason: 'characters' };
  if (text.length === CHARS) return { ok: true, data: text };
  if (text.length !== CHARS + RECOVERY_CODE_GROUPS) return { ok: false, reason: 'length' };
  const groups: number[] = [];
  let data = '';
  for (let g = 0; g < RECOVERY_CODE_GROUPS; g += 1) {
    const chunk = text.slice(g * (GROUP + 1), g * (GROUP + 1) + GROUP);
    if (text[g * (GROUP + 1) + GROUP] !== checkCharacter(chunk, g + 1)) groups.push(g + 1);
    data += chunk;
  }
  return groups.length > 0 ? { ok: false, reason: 'groups', groups } : { ok: true, data };
}

/**
 * Reads a typed code (current or old format). Returns undefined when it cannot be a code, or a
 * group's check character does not match, so the screen can say "check the code" without trying it.
 */
export function parseRecoveryCode(input: string): Bytes | undefined {
  const checked = checkRecoveryCode(input);
  if (!checked.ok) return undefined;
  const out = new Uint8Array(RECOVERY_CODE_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of checked.data) {
    const digit = ALPHABET.indexOf(char);
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index] = (value >>> (bits - 8)) & 0xff;
      index += 1;
      bits -= 8;
    }
  }
  return out;
}
