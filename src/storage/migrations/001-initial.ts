/**
 * Schema version 1: key slots, plaintext meta and nine encrypted collections. Every table is
 * keyed by `id` and nothing else is indexed (PRIVACY: no dates, kinds or scores in clear).
 * Shipped: never edit; add a new file for version 2.
 */
import type { SchemaVersion } from './schemaVersion';

export const v001Initial: SchemaVersion = {
  version: 1,
  stores: { s: 'id', m: 'id', c1: 'id', c2: 'id', c3: 'id', c4: 'id', c5: 'id', c6: 'id', c7: 'id', c8: 'id', c9: 'id' },
};
