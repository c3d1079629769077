/**
 * Validates everything in modules-content/ against its zod schema and the cross-file rules.
 * Run by `npm test` and by the build; exits non-zero with one line per problem.
 */
import { join } from 'node:path';
import { checkAllContent } from './content/checkAll';

const problems = checkAllContent(join(import.meta.dirname, '..', 'modules-content'));

if (problems.length > 0) {
  console.error(`Content check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('Content check passed.');
