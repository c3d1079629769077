/**
 * Cross-file checks that a schema alone cannot make: every id in a module's structure has its
 * strings in a language, and a language file has no strings for ids the structure does not know.
 * Problems come back as readable lines naming the path inside the file, so an author can fix them.
 */
import type { ExerciseStructure, ModuleStrings, ModuleStructure } from './moduleSchema';

type Keyed = Record<string, unknown> | undefined;

function sameKeys(problems: string[], path: string, expected: readonly string[], actual: Keyed): void {
  const have = new Set(Object.keys(actual ?? {}));
  for (const id of expected) if (!have.has(id)) problems.push(`${path}.${id}: missing`);
  const want = new Set(expected);
  for (const id of have) if (!want.has(id)) problems.push(`${path}.${id}: not in module.json`);
}

function expectedExerciseKeys(exercise: ExerciseStructure): Partial<Record<string, readonly string[]>> {
  switch (exercise.type) {
    case 'journal':
      return { prompts: exercise.prompts };
    case 'scale':
      return { items: exercise.items.map((item) => item.id) };
    case 'checklist':
      return { options: exercise.options };
    case 'quiz':
      return { questions: exercise.questions.map((q) => q.id) };
    case 'worksheet': {
      const groups = [...new Set(exercise.fields.flatMap((f) => (f.group ? [f.group] : [])))];
      return groups.length > 0
        ? { prompts: exercise.fields.map((f) => f.id), groups }
        : { prompts: exercise.fields.map((f) => f.id) };
    }
    case 'chain-plan':
      return { prompts: exercise.links };
    case 'urge-log':
      return { options: exercise.triggerTags };
    default:
      return {};
  }
}

/** Returns the problems found; an empty list means the language file matches the structure. */
export function checkModuleParity(structure: ModuleStructure, strings: ModuleStrings): string[] {
  const problems: string[] = [];
  sameKeys(problems, 'steps', structure.steps.map((s) => s.id), strings.steps);

  for (const step of structure.steps) {
    const stepStrings = strings.steps[step.id];
    if (!stepStrings) continue;
    const path = `steps.${step.id}`;
    if (step.kind === 'reading') {
      if (!stepStrings.body) problems.push(`${path}.body: a reading step needs a body`);
      if (stepStrings.exercise) problems.push(`${path}.exercise: a reading step has no exercise`);
      continue;
    }
    const ex = stepStrings.exercise;
    if (!ex) {
      problems.push(`${path}.exercise: missing`);
      continue;
    }
    const expected = expectedExerciseKeys(step.exercise);
    for (const [field, ids] of Object.entries(expected)) {
      sameKeys(problems, `${path}.exercise.${field}`, ids ?? [], ex[field as keyof typeof ex] as Keyed);
    }
    if (step.exercise.type === 'quiz') {
      for (const q of step.exercise.questions) {
        const qs = ex.questions?.[q.id];
        if (qs) sameKeys(problems, `${path}.exercise.questions.${q.id}.options`, q.options.map((o) => o.id), qs.options);
      }
    }
    if (step.exercise.type === 'timer' && !ex.guidance) {
      problems.push(`${path}.exercise.guidance: a timer needs guidance`);
    }
  }
  return problems;
}

/** Ids must be unique across the whole course because answers are stored under them. */
export function findDuplicateIds(modules: readonly ModuleStructure[]): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const m of modules) {
    const ids = [m.id, ...m.steps.flatMap((s) => (s.kind === 'exercise' ? [s.id, s.exercise.id] : [s.id]))];
    for (const id of ids) {
      if (seen.has(id)) dupes.push(`${m.id}: id "${id}" is used twice`);
      seen.add(id);
    }
    for (const s of m.steps) {
      if (!s.id.startsWith(`${m.id}-`)) dupes.push(`${m.id}: step id "${s.id}" must start with "${m.id}-"`);
    }
  }
  return dupes;
}
