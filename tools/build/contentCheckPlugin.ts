/** Vite plugin: a build with invalid content fails at the start, with the same messages as `npm test`. */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkAllContent } from '../content/checkAll';

export function contentCheckPlugin(): Plugin {
  return {
    name: 'polku-content-check',
    apply: 'build',
    buildStart() {
      const problems = checkAllContent(join(import.meta.dirname, '..', '..', 'modules-content'));
      if (problems.length > 0) {
        this.error(`Content check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}
