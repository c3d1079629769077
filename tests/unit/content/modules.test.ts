// @vitest-environment node
/**
 * The course content passes tools/content/checkModules.ts, and the checker's problem lines tell an
 * author which file, which place in it and what is wrong, for the mistakes authors make. Each
 * fixture in tests/fixtures/content/<case>/ is a small course root with one module in fi, sv, en.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModules } from '../../../tools/content/checkModules';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(repoRoot, 'tests', 'fixtures', 'content');

function problemsOf(fixture: string): { root: string; problems: string[] } {
  const root = join(fixtures, fixture);
  return { root, problems: checkModules(root) };
}

describe('the real course content', () => {
  it('has no problems', () => {
    const problems = checkModules(join(repoRoot, 'modules-content'));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('checkModules on bad input', () => {
  it('passes the valid fixture (the bad ones differ from it in one place each)', () => {
    expect(problemsOf('valid').problems).toEqual([]);
  });

  it('names an unknown exercise type in module.json with its path and the allowed types', () => {
    const { root, problems } = problemsOf('unknown-exercise-type');
    expect(problems).toHaveLength(1);
    const [line] = problems;
    expect(line).toContain(`${join(root, 'modules', 'm01', 'module.json')}: `);
    expect(line).toContain('steps.1.exercise.type');
    expect(line).toMatch(/Expected .*'journal'.*'quiz'.*'timer'/);
  });

  it("names a locale that lacks a step's strings, with the step id", () => {
    const { root, problems } = problemsOf('missing-step-strings');
    expect(problems).toEqual([`${join(root, 'modules', 'm01', 'locales', 'sv.json')}: steps.m01-check: missing`]);
  });

  it('names a quiz option without an explanation, with the full path to it', () => {
    const { root, problems } = problemsOf('quiz-option-without-explanation');
    expect(problems).toHaveLength(1);
    const [line] = problems;
    expect(line).toContain(`${join(root, 'modules', 'm01', 'locales', 'en.json')}: `);
    expect(line).toContain('steps.m01-check.exercise.questions.feelings-are-actions.options.fact.explanation');
    expect(line).toMatch(/expected string, received undefined/);
  });

  it('names a file that is not valid JSON and where the syntax breaks', () => {
    const { root, problems } = problemsOf('invalid-json');
    const file = join(root, 'modules', 'm01', 'locales', 'fi.json');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`${file}: `)), problems.join('\n')).toBe(true);
    expect(problems[0]).toMatch(/Expected ',' or '}' after property value in JSON at position \d+/);
  });

  it('reports an id used twice, naming the module and the id', () => {
    const { problems } = problemsOf('duplicate-id');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/m01.*"m01-intro".*used twice/);
  });

  it('reports an id used twice with the file and the path inside it', () => {
    const { root, problems } = problemsOf('duplicate-id');
    expect(problems[0]).toContain(`${join(root, 'modules', 'm01', 'module.json')}: steps.2.id`);
  });
});
