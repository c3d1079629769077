/**
 * Course progress as pure logic: the shape of one module's progress record (kept encrypted in the
 * vault's `course-progress` page), its status, and where "continue" leads. No React, no storage.
 */
import { z } from '../../../lib/zod';

/** The finish screen (confidence after) is a position of its own; step ids always start with mNN-. */
export const FINISH_POSITION = 'finish';

const rating = z.number().int().min(0).max(10).nullable();

export const PROGRESS_VERSION = 1;

export const moduleProgressSchema = z.strictObject({
  kind: z.literal('course-module'),
  v: z.literal(PROGRESS_VERSION),
  moduleId: z.string().regex(/^m\d{2}$/),
  /** The step id last shown, FINISH_POSITION, or null when only the intro was opened. */
  position: z.string().min(1).max(100).nullable(),
  /** Reached the done screen at least once. */
  finished: z.boolean(),
  confidenceBefore: rating,
  confidenceAfter: rating,
  /** Date.now() of the last change; only used to find the module worked on most recently. */
  updatedAt: z.number().int().nonnegative(),
});
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;

export type ModuleStatus = 'not-started' | 'in-progress' | 'done';

export function emptyProgress(moduleId: string, now: number): ModuleProgress {
  return {
    kind: 'course-module',
    v: PROGRESS_VERSION,
    moduleId,
    position: null,
    finished: false,
    confidenceBefore: null,
    confidenceAfter: null,
    updatedAt: now,
  };
}

export function statusOf(progress: ModuleProgress | undefined): ModuleStatus {
  if (!progress) return 'not-started';
  if (progress.finished) return 'done';
  return progress.position !== null || progress.confidenceBefore !== null ? 'in-progress' : 'not-started';
}

/** The change to apply when a step (or the finish screen) is shown. */
export function visit(progress: ModuleProgress | undefined, moduleId: string, position: string, now: number): ModuleProgress {
  return { ...(progress ?? emptyProgress(moduleId, now)), position, updatedAt: now };
}

export function withConfidence(
  progress: ModuleProgress | undefined,
  moduleId: string,
  when: 'before' | 'after',
  value: number,
  now: number,
): ModuleProgress {
  const base = progress ?? emptyProgress(moduleId, now);
  return when === 'before'
    ? { ...base, confidenceBefore: value, updatedAt: now }
    : { ...base, confidenceAfter: value, updatedAt: now };
}

export function markFinished(progress: ModuleProgress | undefined, moduleId: string, now: number): ModuleProgress {
  return { ...(progress ?? emptyProgress(moduleId, now)), position: FINISH_POSITION, finished: true, updatedAt: now };
}

export type ContinueTarget = { moduleId: string; kind: 'resume' | 'start' };

/**
 * "Continue where you left off": the in-progress module touched most recently; otherwise the first
 * module not started, in the recommended order; null when every module is done.
 */
export function continueTarget(order: readonly string[], progress: ReadonlyMap<string, ModuleProgress>): ContinueTarget | null {
  const inProgress = order
    .map((id) => progress.get(id))
    .filter((p): p is ModuleProgress => statusOf(p) === 'in-progress')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const latest = inProgress[0];
  if (latest) return { moduleId: latest.moduleId, kind: 'resume' };
  const next = order.find((id) => statusOf(progress.get(id)) === 'not-started');
  return next ? { moduleId: next, kind: 'start' } : null;
}

/**
 * The module to suggest after `moduleId`: the next one in the recommended order that is not done,
 * or else the first one before it that is not done (people may take the modules in any order).
 */
export function nextModule(order: readonly string[], moduleId: string, progress: ReadonlyMap<string, ModuleProgress>): string | undefined {
  const start = order.indexOf(moduleId);
  const rotated = [...order.slice(start + 1), ...order.slice(0, Math.max(start, 0))];
  return rotated.find((id) => id !== moduleId && statusOf(progress.get(id)) !== 'done');
}
