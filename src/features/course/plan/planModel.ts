/**
 * "My plan": which of the person's course answers make up their plan, and how each becomes a
 * section of the summary. Pure: given the stored answers and the loaded modules, it returns what to
 * show. PRIVACY: it reads only what the person wrote; nothing here is stored or sent anywhere.
 */
import type { LoadedModule } from '../../../content/courseLoader';
import type { ModuleStep } from '../../../content/moduleSchema';
import type { StoredAnswer } from '../data/answerRecord';
import { modulePath, stepPath } from '../model/paths';

/** The plan's sections in the order they are shown, each from one exercise of one module. */
export const PLAN_SOURCES = [
  { key: 'pathway', moduleId: 'm04', exerciseId: 'm04-pathway-builder' },
  { key: 'if-then', moduleId: 'm05', exerciseId: 'm05-if-then-plans' },
  { key: 'cards', moduleId: 'm06', exerciseId: 'm06-coping-cards' },
  { key: 'thoughts', moduleId: 'm08', exerciseId: 'm08-thought-record' },
  { key: 'online', moduleId: 'm11', exerciseId: 'm11-online-rules' },
  { key: 'relapse', moduleId: 'm12', exerciseId: 'm12-relapse-prevention-plan' },
] as const;

export type PlanSectionKey = (typeof PLAN_SOURCES)[number]['key'];
export const PLAN_MODULES: readonly string[] = [...new Set(PLAN_SOURCES.map((source) => source.moduleId))];

export type PlanItem =
  /** A text under the content's own label (a pathway link, a plan field); no label for a lone text. */
  | { kind: 'text'; label: string | undefined; text: string }
  /** "If …, then …": if-then plans and online rules. */
  | { kind: 'if-then'; situation: string; response: string }
  | { kind: 'card'; front: string; back: string };

export type PlanGroup = { heading: string | undefined; items: PlanItem[] };

export type PlanSection = {
  key: PlanSectionKey;
  /** 1-based position in the recommended order, as the course shows it ("Module 4"). */
  moduleNumber: number;
  /** Where the person writes (or changes) this part: the exercise's step, else the module's intro. */
  path: string;
  /** Steps whose order matters (the pathway is a chain) are shown as a numbered list. */
  ordered: boolean;
  /** Empty when the person has written nothing here yet. */
  groups: PlanGroup[];
};

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function exerciseStep(module: LoadedModule | undefined, exerciseId: string): { index: number; step: Extract<ModuleStep, { kind: 'exercise' }> } | undefined {
  const steps = module?.structure.steps ?? [];
  const index = steps.findIndex((step) => step.kind === 'exercise' && step.exercise.id === exerciseId);
  const step = steps[index];
  return step?.kind === 'exercise' ? { index, step } : undefined;
}

/** The groups of one section; the answer of another type than the content's (never expected) counts as empty. */
function groupsOf(answer: StoredAnswer['answer'] | undefined, module: LoadedModule | undefined, exerciseId: string): PlanGroup[] {
  const found = exerciseStep(module, exerciseId);
  const exercise = found?.step.exercise;
  const strings = found ? module?.strings.steps[found.step.id]?.exercise : undefined;
  const label = (id: string) => strings?.prompts?.[id]?.label;
  if (!answer) return [];

  switch (answer.type) {
    case 'chain-plan': {
      // The content's order; a link the content no longer has is still the person's text, so it follows.
      const order = exercise?.type === 'chain-plan' ? exercise.links : [];
      const ids = [...order, ...Object.keys(answer.links).filter((id) => !order.includes(id))];
      const items = ids.flatMap((id): PlanItem[] => (filled(answer.links[id]) ? [{ kind: 'text', label: label(id), text: answer.links[id] }] : []));
      return items.length > 0 ? [{ heading: undefined, items }] : [];
    }
    case 'worksheet': {
      const fields = exercise?.type === 'worksheet' ? exercise.fields : [];
      const known = new Set(fields.map((field) => field.id));
      const ordered = [...fields, ...Object.keys(answer.fields).filter((id) => !known.has(id)).map((id) => ({ id, group: undefined }))];
      const groups: PlanGroup[] = [];
      for (const field of ordered) {
        const text = answer.fields[field.id];
        if (!filled(text)) continue;
        const heading = field.group ? (strings?.groups?.[field.group] ?? undefined) : undefined;
        const last = groups.at(-1);
        const item: PlanItem = { kind: 'text', label: label(field.id), text };
        if (last && last.heading === heading) last.items.push(item);
        else groups.push({ heading, items: [item] });
      }
      return groups;
    }
    case 'if-then': {
      const items = answer.plans.filter((p) => filled(p.situation) || filled(p.response)).map((p): PlanItem => ({ kind: 'if-then', situation: p.situation.trim(), response: p.response.trim() }));
      return items.length > 0 ? [{ heading: undefined, items }] : [];
    }
    case 'card-builder': {
      const items = answer.cards.filter((c) => filled(c.front) || filled(c.back)).map((c): PlanItem => ({ kind: 'card', front: c.front.trim(), back: c.back.trim() }));
      return items.length > 0 ? [{ heading: undefined, items }] : [];
    }
    case 'thought-record':
      // Only the balanced thought: the plan keeps the answer, not the thought it answers.
      return filled(answer.balancedThought) ? [{ heading: undefined, items: [{ kind: 'text', label: undefined, text: answer.balancedThought }] }] : [];
    default:
      return [];
  }
}

/**
 * Every section whose module is in the course, in PLAN_SOURCES order. `modules` maps a module id to
 * its loaded content (undefined when it could not be loaded: the person's text still shows).
 */
export function buildPlan(
  answers: ReadonlyMap<string, StoredAnswer>,
  modules: ReadonlyMap<string, LoadedModule | undefined>,
  order: readonly string[],
): PlanSection[] {
  return PLAN_SOURCES.flatMap((source): PlanSection[] => {
    const number = order.indexOf(source.moduleId) + 1;
    if (number === 0) return [];
    const module = modules.get(source.moduleId);
    const found = exerciseStep(module, source.exerciseId);
    return [
      {
        key: source.key,
        moduleNumber: number,
        path: found ? stepPath(source.moduleId, found.index + 1) : modulePath(source.moduleId),
        ordered: source.key === 'pathway',
        groups: groupsOf(answers.get(source.exerciseId)?.answer, module, source.exerciseId),
      },
    ];
  });
}
