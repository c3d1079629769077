/** Every shipped schema version, oldest first. Append only. */
import { v001Initial } from './001-initial';
import { v002Pages } from './002-pages';
import type { SchemaVersion } from './schemaVersion';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v001Initial, v002Pages];
