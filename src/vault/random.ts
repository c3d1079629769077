/**
 * Randomness for the vault: salts, IVs, data keys, recovery codes and record ids. Only
 * `crypto.getRandomValues` (a CSPRNG) is used, never Math.random.
 */
import type { Bytes } from './bytes';

export function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length);
  crypto.getRandomValues(out);
  return out;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * PRIVACY: record ids are random UUIDv4, never time-ordered (ULID, UUIDv7, auto-increment), so the
 * primary keys in IndexedDB say nothing about when something was written.
 */
export function randomId(): string {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isRandomId(id: unknown): id is string {
  return typeof id === 'string' && UUID_V4.test(id);
}

/** Uniform integer in [0, bound) by rejection sampling (no modulo bias). */
export function randomIndex(bound: number): number {
  if (!Number.isInteger(bound) || bound <= 0 || bound > 2 ** 32) throw new RangeError('bound');
  const limit = Math.floor(2 ** 32 / bound) * bound;
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const value = word[0] ?? 0;
    if (value < limit) return value % bound;
  }
}
