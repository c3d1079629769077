/**
 * Loads the course at run time, lazily: course.json, and per module its structure plus the strings
 * of one language. Each file is its own chunk (every file an `import.meta.glob` matches becomes a
 * separate dynamic import), so opening a module never pulls in other modules or other languages.
 * Every file is validated with the zod schemas and the parity check; a file that fails comes back
 * as an error result the screen can show calmly, never as a thrown exception.
 */
import { z } from '../lib/zod';
import { checkModuleParity } from './moduleParity';
import {
  courseIndexSchema,
  moduleStringsSchema,
  moduleStructureSchema,
  type ModuleStrings,
  type ModuleStructure,
} from './moduleSchema';

export type CourseIndex = z.infer<typeof courseIndexSchema>;

export type LoadedModule = {
  id: string;
  language: string;
  structure: ModuleStructure;
  strings: ModuleStrings;
};

/**
 * `not-found`: no such module or language; `invalid`: the file failed validation (the problems
 * are for developers and tests, never shown); `unavailable`: the chunk itself could not be loaded.
 */
export type ContentError =
  | { type: 'not-found' }
  | { type: 'invalid'; problems: string[] }
  | { type: 'unavailable' };

export type ContentResult<T> = { ok: true; value: T } | { ok: false; error: ContentError };

type Loader = () => Promise<unknown>;

export type CourseSources = {
  index: Loader;
  /** module id -> its module.json */
  structures: Readonly<Record<string, Loader>>;
  /** `${moduleId}/${language}` -> its locales/<language>.json */
  strings: Readonly<Record<string, Loader>>;
};

export type CourseLoader = {
  peekIndex(): CourseIndex | undefined;
  loadIndex(): Promise<ContentResult<CourseIndex>>;
  peekModule(id: string, language: string): LoadedModule | undefined;
  loadModule(id: string, language: string): Promise<ContentResult<LoadedModule>>;
};

const MODULE_FILE = /\/modules\/(m\d{2})\/module\.json$/;
const STRINGS_FILE = /\/modules\/(m\d{2})\/locales\/([a-z]{2,3})\.json$/;

/** Re-keys Vite's glob maps (keyed by file path) by module id and language. */
export function keyGlobs(
  structureFiles: Readonly<Record<string, Loader>>,
  stringFiles: Readonly<Record<string, Loader>>,
): Pick<CourseSources, 'structures' | 'strings'> {
  const structures: Record<string, Loader> = {};
  const strings: Record<string, Loader> = {};
  for (const [path, load] of Object.entries(structureFiles)) {
    const match = MODULE_FILE.exec(path);
    if (match?.[1]) structures[match[1]] = load;
  }
  for (const [path, load] of Object.entries(stringFiles)) {
    const match = STRINGS_FILE.exec(path);
    if (match?.[1] && match[2]) strings[`${match[1]}/${match[2]}`] = load;
  }
  return { structures, strings };
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

async function read(load: Loader): Promise<{ ok: true; data: unknown } | { ok: false }> {
  try {
    return { ok: true, data: await load() };
  } catch {
    return { ok: false };
  }
}

export function createCourseLoader(sources: CourseSources): CourseLoader {
  let index: CourseIndex | undefined;
  const modules = new Map<string, LoadedModule>();

  async function loadModule(id: string, language: string): Promise<ContentResult<LoadedModule>> {
    const key = `${id}/${language}`;
    const cached = modules.get(key);
    if (cached) return { ok: true, value: cached };
    const loadStructure = Object.hasOwn(sources.structures, id) ? sources.structures[id] : undefined;
    const loadStrings = Object.hasOwn(sources.strings, key) ? sources.strings[key] : undefined;
    if (!loadStructure || !loadStrings) return { ok: false, error: { type: 'not-found' } };

    const [rawStructure, rawStrings] = await Promise.all([read(loadStructure), read(loadStrings)]);
    if (!rawStructure.ok || !rawStrings.ok) return { ok: false, error: { type: 'unavailable' } };
    const structure = moduleStructureSchema.safeParse(rawStructure.data);
    const strings = moduleStringsSchema.safeParse(rawStrings.data);
    const problems = [
      ...(structure.success ? [] : issues(structure.error).map((p) => `module.json ${p}`)),
      ...(strings.success ? [] : issues(strings.error).map((p) => `${language}.json ${p}`)),
    ];
    if (structure.success && structure.data.id !== id) problems.push(`module.json id: "${structure.data.id}" is not ${id}`);
    if (structure.success && strings.success) problems.push(...checkModuleParity(structure.data, strings.data));
    if (!structure.success || !strings.success || problems.length > 0) {
      return { ok: false, error: { type: 'invalid', problems } };
    }
    const loaded: LoadedModule = { id, language, structure: structure.data, strings: strings.data };
    modules.set(key, loaded);
    return { ok: true, value: loaded };
  }

  return {
    peekIndex: () => index,
    async loadIndex() {
      if (index) return { ok: true, value: index };
      const raw = await read(sources.index);
      if (!raw.ok) return { ok: false, error: { type: 'unavailable' } };
      const parsed = courseIndexSchema.safeParse(raw.data);
      if (!parsed.success) return { ok: false, error: { type: 'invalid', problems: issues(parsed.error) } };
      index = parsed.data;
      return { ok: true, value: index };
    },
    peekModule: (id, language) => modules.get(`${id}/${language}`),
    loadModule,
  };
}

/** The app's loader over the real files in modules-content/ (one chunk per file). */
export const courseLoader: CourseLoader = createCourseLoader({
  index: () => import('../../modules-content/course.json').then((m) => m.default),
  ...keyGlobs(
    import.meta.glob<unknown>('../../modules-content/modules/*/module.json', { import: 'default' }),
    import.meta.glob<unknown>('../../modules-content/modules/*/locales/*.json', { import: 'default' }),
  ),
});
