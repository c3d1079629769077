/**
 * What goes into the read-only copy outside the vault: the plan's lines that have text, step by
 * step, and the crisis numbers shown in step 5. Pure.
 */
import type { OutsideCopy } from '../../../storage/outsideCopy';
import { PLAN_STEPS, type SafetyPlan } from '../data/safetyPlan';
import type { CrisisLine } from './crisisLines';

export function planCopyOf(plan: SafetyPlan, lines: readonly CrisisLine[]): OutsideCopy {
  return {
    v: 1,
    sections: PLAN_STEPS.map((step) => ({ step, items: plan.steps[step].map((item) => item.trim()).filter((item) => item !== '') })),
    lines: lines.map(({ name, display, dial }) => ({ name, display, dial })),
  };
}
