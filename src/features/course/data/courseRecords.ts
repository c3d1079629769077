/**
 * The course's two stores in the vault: answers by exercise id ('answers') and progress by module
 * id ('progress'). PRIVACY: both live only inside encrypted records; see keyedRecords.ts.
 */
import { moduleProgressSchema, type ModuleProgress } from '../model/progress';
import { storedAnswerSchema } from './answerRecord';
import { createKeyedStore } from './keyedRecords';

export const answerStore = createKeyedStore('answers', storedAnswerSchema, {
  keyOf: (record) => record.exerciseId,
  updatedAt: (record) => record.updatedAt,
  owns: (record) => record.kind === 'course-answer',
});

export const progressStore = createKeyedStore('progress', moduleProgressSchema, {
  keyOf: (record) => record.moduleId,
  updatedAt: (record) => record.updatedAt,
  owns: (record) => record.kind === 'course-module',
});

/** Applies `change` to the module's current progress and saves it. */
export function updateProgress(moduleId: string, change: (current: ModuleProgress | undefined) => ModuleProgress): Promise<void> {
  return progressStore.save(change(progressStore.peek()?.get(moduleId)));
}
