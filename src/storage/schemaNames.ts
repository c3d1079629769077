/**
 * Database and table names in one place. PRIVACY: names are neutral (`app`, `s`, `m`, `c1`…), so
 * the browser's storage inspector and the profile's files do not spell out what is kept.
 */

export const DB_NAME = 'app';

/** Key slots (wrapped data key, KDF header; no user text). */
export const SLOTS_TABLE = 's';
/** Plaintext meta: unlock back-off counters, lock timing, migration markers (no user text). */
export const META_TABLE = 'm';

/** Encrypted collections. One table each; the person's data lives only inside their `ct`. */
export const COLLECTION_TABLES = {
  answers: 'c1',
  progress: 'c2',
  checkins: 'c3',
  urges: 'c4',
  settings: 'c5',
  shortlists: 'c6',
  plans: 'c7',
  questionnaires: 'c8',
  feedback: 'c9',
} as const;

export type CollectionName = keyof typeof COLLECTION_TABLES;
export const COLLECTION_NAMES = Object.keys(COLLECTION_TABLES) as CollectionName[];
export type CollectionTable = (typeof COLLECTION_TABLES)[CollectionName];
export const ALL_TABLES: string[] = [SLOTS_TABLE, META_TABLE, ...Object.values(COLLECTION_TABLES)];
