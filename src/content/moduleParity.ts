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

/** A duplicate id, with the path inside the module's module.json where the second use stands. */
export type DuplicateId = { moduleId: string; path: string; message: string };

function innerIds(exercise: ExerciseStructure): Array<[string, readonly string[]]> {
  switch (exercise.type) {
    case 'journal':
      return [['prompts', exercise.prompts]];
    case 'scale':
      return [['items', exercise.items.map((i) => i.id)]];
    case 'checklist':
      return [['options', exercise.options]];
    case 'quiz':
      return [
        ['questions', exercise.questions.map((q) => q.id)],
        ...exercise.questions.map((q, i) => [`questions.${i}.options`, q.options.map((o) => o.id)] as [string, string[]]),
      ];
    case 'worksheet':
      return [['fields', exercise.fields.map((f) => f.id)]];
    case 'chain-plan':
      return [['links', exercise.links]];
    case 'urge-log':
      return [['triggerTags', exercise.triggerTags]];
    default:
      return [];
  }
}

/**
 * Ids must be unique across the whole course (answers are stored under them), ids inside one
 * exercise must be unique within it, and step ids start with their module's id.
 */
export function findDuplicateIds(modules: readonly ModuleStructure[]): DuplicateId[] {
  const seen = new Set<string>();
  const found: DuplicateId[] = [];
  for (const m of modules) {
    const note = (path: string, message: string) => found.push({ moduleId: m.id, path, message });
    const claim = (id: string, path: string) => {
      if (seen.has(id)) note(path, `id "${id}" is used twice`);
      seen.add(id);
    };
    claim(m.id, 'id');
    m.steps.forEach((step, i) => {
      claim(step.id, `steps.${i}.id`);
      if (!step.id.startsWith(`${m.id}-`)) note(`steps.${i}.id`, `step id "${step.id}" must start with "${m.id}-"`);
      if (step.kind !== 'exercise') return;
      claim(step.exercise.id, `steps.${i}.exercise.id`);
      for (const [field, ids] of innerIds(step.exercise)) {
        const local = new Set<string>();
        ids.forEach((id, j) => {
          if (local.has(id)) note(`steps.${i}.exercise.${field}.${j}`, `id "${id}" is used twice in this exercise`);
          local.add(id);
        });
      }
    });
  }
  return found;
}
