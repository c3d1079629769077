/**
 * Validates everything in modules-content/ against its zod schema and the cross-file rules.
 * Run by `npm test` and by the build (see vite.config.ts); exits non-zero with one line per problem.
 */
import { join } from 'node:path';
import { checkModules } from './content/checkModules';

const root = join(import.meta.dirname, '..', 'modules-content');
const problems = [...checkModules(root)];

if (problems.length > 0) {
  console.error(`Content check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('Content check passed.');
