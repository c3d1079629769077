/**
 * `npx tsx tools/make-exports/make-exports.ts <folder> [people] [seed]`: writes synthetic export
 * files (see synthetic.ts) into a folder, for trying the researcher page or the CLI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExports } from './synthetic';

const [folder, people = '1000', seed = '1'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: make-exports <folder> [people] [seed]');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
const { texts } = makeExports({ people: Number(people), seed: Number(seed) });
texts.forEach((text, i) => writeFileSync(join(folder, `export-${String(i + 1).padStart(6, '0')}.json`), text));
console.log(`${texts.length} files for ${people} people in ${folder}`);
