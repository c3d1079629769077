/**
 * Recovery codes: 160 random bits written as 32 Crockford base32 characters in 8 groups of 4.
 * Shown once; whoever holds it can open the vault, so it is never stored, only its key slot.
 */
import type { Bytes } from './bytes';
import { randomBytes } from './random';

export const RECOVERY_CODE_BYTES = 20;
export const RECOVERY_CODE_BITS = RECOVERY_CODE_BYTES * 8;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = (RECOVERY_CODE_BYTES * 8) / 5;

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

export function formatRecoveryCode(bytes: Bytes): string {
  return (encodeBase32(bytes).match(/.{4}/g) ?? []).join('-');
}

export function generateRecoveryCode(): { code: string; bytes: Bytes } {
  const bytes = randomBytes(RECOVERY_CODE_BYTES);
  return { code: formatRecoveryCode(bytes), bytes };
}

/**
 * Reads a typed code forgivingly (case, spaces, dashes, O for 0, I/L for 1). Returns undefined
 * when it cannot be a code at all, so the screen can say "check the code" without trying it.
 */
export function parseRecoveryCode(input: string): Bytes | undefined {
  const clean = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (clean.length !== CHARS) return undefined;
  const out = new Uint8Array(RECOVERY_CODE_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
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
