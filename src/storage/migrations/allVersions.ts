/** Every shipped schema version, oldest first. Append only. */
import { v001Initial } from './001-initial';
import type { SchemaVersion } from './schemaVersion';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v001Initial];
