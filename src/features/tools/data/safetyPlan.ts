/**
 * The safety plan (Stanley and Brown's six steps): one record in the small page ''. The country
 * whose crisis lines step 5 shows is kept here, inside the vault, not in the help pages' choice.
 * `outsideCopy` says whether the person chose to keep a read-only copy outside the vault (see
 * src/storage/outsideCopy.ts). Version history: v1 is the first shape.
 */
import { z } from '../../../lib/zod';
import { MAX_TEXT } from '../../../lib/textLimits';
import { defineRecords } from '../../../storage/records';

export const PLAN_VERSION = 1;
export const PLAN_ID = 'plan';
export const MAX_PLAN_ITEMS = 12;

/** The six steps, in the order the plan is used: from noticing, to coping alone, to asking for help. */
export const PLAN_STEPS = ['warning-signs', 'own-coping', 'distraction', 'ask-for-help', 'professionals', 'safer-environment'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

const items = z.array(z.string().max(MAX_TEXT)).max(MAX_PLAN_ITEMS);

export const safetyPlanSchema = z.strictObject({
  kind: z.literal('safety-plan'),
  v: z.literal(PLAN_VERSION),
  id: z.literal(PLAN_ID),
  /** Whose crisis lines step 5 shows: a two-letter code, or null for none. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  steps: z.strictObject({
    'warning-signs': items,
    'own-coping': items,
    distraction: items,
    'ask-for-help': items,
    professionals: items,
    'safer-environment': items,
  }),
  outsideCopy: z.boolean(),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export function emptyPlan(country: string | null): SafetyPlan {
  return {
    kind: 'safety-plan',
    v: PLAN_VERSION,
    id: PLAN_ID,
    country,
    steps: { 'warning-signs': [], 'own-coping': [], distraction: [], 'ask-for-help': [], professionals: [], 'safer-environment': [] },
    outsideCopy: false,
  };
}

export const planStore = defineRecords({
  collection: 'tools-plan',
  schema: safetyPlanSchema,
  idOf: (record) => record.id,
  spanOf: () => '',
});
