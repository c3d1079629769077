/**
 * The course's two record types in the vault: answers by exercise id (one page per module) and
 * progress by module id (one small page). Written only through this module.
 */
import { defineRecords } from '../../../storage/records';
import { moduleProgressSchema, PROGRESS_VERSION, type ModuleProgress } from '../model/progress';
import { storedAnswerSchema, upgradeAnswer } from './answerRecord';

/** Course answers share a page per module; the module is the exercise id's prefix (`m04-…`). */
export function answerSpan(exerciseId: string): string {
  return /^(m\d{2})-/.exec(exerciseId)?.[1] ?? '';
}

export const answerStore = defineRecords({
  collection: 'course-answers',
  schema: storedAnswerSchema,
  idOf: (record) => record.exerciseId,
  spanOf: (record) => answerSpan(record.exerciseId),
  upgrade: upgradeAnswer,
});

export const progressStore = defineRecords({
  collection: 'course-progress',
  schema: moduleProgressSchema,
  idOf: (record) => record.moduleId,
  spanOf: () => '',
  upgrade: (stored) => (typeof stored === 'object' && stored !== null && !('v' in stored) ? { ...stored, v: PROGRESS_VERSION } : stored),
});

/** Applies `change` to the module's current progress and saves it. */
export function updateProgress(moduleId: string, change: (current: ModuleProgress | undefined) => ModuleProgress): Promise<void> {
  return progressStore.save(change(progressStore.peek()?.get(moduleId)));
}
