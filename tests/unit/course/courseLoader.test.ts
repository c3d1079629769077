import { describe, expect, test, vi } from 'vitest';
import { courseLoader, createCourseLoader, keyGlobs, type CourseSources } from '../../../src/content/courseLoader';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';

const structure = {
  id: 'm90',
  estimatedMinutes: 10,
  steps: [
    { id: 'm90-read', kind: 'reading' },
    { id: 'm90-write', kind: 'exercise', exercise: { id: 'm90-write-journal', type: 'journal', prompts: ['one'] } },
  ],
};

const strings = {
  title: 'Test module',
  summary: 'A summary.',
  goal: 'A goal.',
  steps: {
    'm90-read': { title: 'Read', body: 'Some **text**.' },
    'm90-write': { title: 'Write', exercise: { title: 'Write', intro: 'Write.', prompts: { one: { label: 'One' } } } },
  },
};

function sources(overrides: Partial<{ structure: unknown; strings: unknown; index: unknown }> = {}): CourseSources & { calls: string[] } {
  const calls: string[] = [];
  const loader = (name: string, value: unknown) => () => {
    calls.push(name);
    return value instanceof Error ? Promise.reject(value) : Promise.resolve(structuredClone(value));
  };
  return {
    calls,
    index: loader('index', overrides.index ?? { contentVersion: '2026.11', modules: ['m90'] }),
    structures: { m90: loader('m90', overrides.structure ?? structure) },
    strings: { 'm90/en': loader('m90/en', overrides.strings ?? strings), 'm90/fi': loader('m90/fi', strings) },
  };
}

describe('createCourseLoader', () => {
  test('loads and validates a module with the strings of one language, once', async () => {
    const src = sources();
    const loader = createCourseLoader(src);
    const result = await loader.loadModule('m90', 'en');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.strings.title).toBe('Test module');
    await loader.loadModule('m90', 'en');
    expect(src.calls).toEqual(['m90', 'm90/en']);
    expect(loader.peekModule('m90', 'en')?.structure.steps).toHaveLength(2);
    expect(loader.peekModule('m90', 'fi')).toBeUndefined();
  });

  test('returns not-found for an unknown module or language', async () => {
    const loader = createCourseLoader(sources());
    expect(await loader.loadModule('m91', 'en')).toEqual({ ok: false, error: { type: 'not-found' } });
    expect(await loader.loadModule('m90', 'sv')).toEqual({ ok: false, error: { type: 'not-found' } });
    expect(await loader.loadModule('constructor', 'en')).toEqual({ ok: false, error: { type: 'not-found' } });
  });

  test('returns invalid, not a throw, for a structure that fails its schema', async () => {
    const loader = createCourseLoader(sources({ structure: { ...structure, steps: [{ id: 'Bad Id', kind: 'reading' }] } }));
    const result = await loader.loadModule('m90', 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.type).toBe('invalid');
    expect(loader.peekModule('m90', 'en')).toBeUndefined();
  });

  test('returns invalid when the strings miss a key the structure needs', async () => {
    const broken = structuredClone(strings);
    delete (broken.steps['m90-write'].exercise.prompts as Record<string, unknown>).one;
    const result = await createCourseLoader(sources({ strings: broken })).loadModule('m90', 'en');
    expect(result).toMatchObject({ ok: false, error: { type: 'invalid' } });
    if (!result.ok && result.error.type === 'invalid') expect(result.error.problems.join()).toContain('prompts.one');
  });

  test('returns invalid when a file is not JSON of the right shape at all', async () => {
    const result = await createCourseLoader(sources({ strings: 'not an object' })).loadModule('m90', 'en');
    expect(result).toMatchObject({ ok: false, error: { type: 'invalid' } });
  });

  test('returns unavailable when a chunk cannot be loaded (offline before caching)', async () => {
    const result = await createCourseLoader(sources({ strings: new Error('network') })).loadModule('m90', 'en');
    expect(result).toEqual({ ok: false, error: { type: 'unavailable' } });
  });

  test('validates course.json', async () => {
    expect(await createCourseLoader(sources()).loadIndex()).toMatchObject({ ok: true, value: { modules: ['m90'] } });
    expect(await createCourseLoader(sources({ index: { modules: [] } })).loadIndex()).toMatchObject({
      ok: false,
      error: { type: 'invalid' },
    });
  });
});

describe('keyGlobs', () => {
  test('keys Vite glob paths by module id and language', () => {
    const load = vi.fn();
    const keyed = keyGlobs(
      { '../../modules-content/modules/m01/module.json': load },
      { '../../modules-content/modules/m01/locales/fi.json': load, '../../modules-content/modules/m01/locales/sv.json': load },
    );
    expect(Object.keys(keyed.structures)).toEqual(['m01']);
    expect(Object.keys(keyed.strings).sort()).toEqual(['m01/fi', 'm01/sv']);
  });
});

describe('courseLoader over the real content', () => {
  test('loads course.json and every listed module in every shipped language', async () => {
    const index = await courseLoader.loadIndex();
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    expect(index.value.modules).toEqual(expect.arrayContaining(['m01', 'm02', 'm03', 'm04']));
    for (const id of index.value.modules) {
      for (const language of SHIPPED_LANGUAGES) {
        const result = await courseLoader.loadModule(id, language);
        expect(result.ok, `${id}/${language}`).toBe(true);
      }
    }
  });
});
