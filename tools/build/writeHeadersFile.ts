/** Writes public/_headers and public/_redirects for static hosts from tools/build/securityHeaders.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REDIRECTS_FILE, renderHeadersFile } from './securityHeaders';

const publicDir = join(import.meta.dirname, '..', '..', 'public');
writeFileSync(join(publicDir, '_headers'), renderHeadersFile());
writeFileSync(join(publicDir, '_redirects'), REDIRECTS_FILE);
console.log('Wrote public/_headers and public/_redirects');
