/**
 * Database and table names in one place. PRIVACY: names are neutral (`app`, `s`, `m`, `p`), so
 * the browser's storage inspector and the profile's files do not spell out what is kept.
 */

export const DB_NAME = 'app';

/** Key slots (wrapped data key, KDF header; no user text). */
export const SLOTS_TABLE = 's';
/** Plaintext meta: unlock back-off counters and lock timing (no user text). */
export const META_TABLE = 'm';
/**
 * Every record, in encrypted pages with opaque ids (see vault/pageCipher.ts). Rows whose id starts
 * with `~` are v1 records waiting to be moved into pages after the next unlock.
 */
export const PAGES_TABLE = 'p';

export const ALL_TABLES: string[] = [SLOTS_TABLE, META_TABLE, PAGES_TABLE];
