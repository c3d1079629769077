/** Validates modules-content/course.json and every module it lists, in every shipped language. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  courseIndexSchema,
  moduleStringsSchema,
  moduleStructureSchema,
  type ModuleStructure,
} from '../../src/content/moduleSchema';
import { checkModuleParity, findDuplicateIds } from '../../src/content/moduleParity';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages';
import { readJson, zodProblems } from './readJson';

export function checkModules(root: string): string[] {
  const problems: string[] = [];
  const indexFile = join(root, 'course.json');
  const index = courseIndexSchema.safeParse(readJson(indexFile, problems));
  if (!index.success) return [...problems, ...zodProblems(indexFile, index.error.issues)];

  const structures: ModuleStructure[] = [];
  for (const id of index.data.modules) {
    const dir = join(root, 'modules', id);
    const structureFile = join(dir, 'module.json');
    if (!existsSync(structureFile)) {
      problems.push(`${structureFile}: listed in course.json but missing`);
      continue;
    }
    const structureJson = readJson(structureFile, problems);
    if (structureJson === undefined) continue;
    const structure = moduleStructureSchema.safeParse(structureJson);
    if (!structure.success) {
      problems.push(...zodProblems(structureFile, structure.error.issues));
      continue;
    }
    if (structure.data.id !== id) problems.push(`${structureFile}: id: "${structure.data.id}" but the folder is ${id}`);
    structures.push(structure.data);

    for (const lang of SHIPPED_LANGUAGES) {
      const stringsFile = join(dir, 'locales', `${lang}.json`);
      const stringsJson = readJson(stringsFile, problems);
      if (stringsJson === undefined) continue;
      const strings = moduleStringsSchema.safeParse(stringsJson);
      if (!strings.success) {
        problems.push(...zodProblems(stringsFile, strings.error.issues));
        continue;
      }
      problems.push(...checkModuleParity(structure.data, strings.data).map((p) => `${stringsFile}: ${p}`));
    }
  }
  problems.push(
    ...findDuplicateIds(structures).map((d) => `${join(root, 'modules', d.moduleId, 'module.json')}: ${d.path}: ${d.message}`),
  );
  return problems;
}
