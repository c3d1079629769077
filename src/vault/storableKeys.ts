/**
 * The one rule for the names a record is kept under: the page store refuses to write what a
 * backup of it would refuse to read, so every vault can be backed up and restored.
 * `__proto__`, `constructor` and `prototype` are refused because a restore must never hand them
 * to code that copies keys onto objects (prototype pollution from a hostile file).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const COLLECTION_NAME = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_NAME_LENGTH = 64;
export const MAX_SPAN_LENGTH = 64;
export const MAX_RECORD_ID_LENGTH = 256;

/** Why a collection, span and record id could not be stored, or undefined when they can. */
export function unstorableReason(collection: string, span: string, id: string): string | undefined {
  if (collection.length > MAX_NAME_LENGTH || !COLLECTION_NAME.test(collection)) return 'collection name';
  if (span.length > MAX_SPAN_LENGTH) return 'span too long';
  if (id.length === 0 || id.length > MAX_RECORD_ID_LENGTH) return 'record id length';
  if (FORBIDDEN_KEYS.has(id)) return 'reserved record id';
  return undefined;
}
