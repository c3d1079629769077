/**
 * The one place that imports zod's runtime. Zod 4 probes `new Function` the first time a schema is
 * built; under Polku's CSP (no 'unsafe-eval', Trusted Types) that probe is reported as a violation,
 * so it is turned off before any schema exists. Every schema imports `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
