/**
 * Addresses inside the course. PRIVACY: they carry only neutral ids and step numbers
 * (`/course/m03/2`), never titles, topic words or anything the person wrote.
 */
import { FINISH_POSITION } from './progress';

export const COURSE_PATH = '/course';

export function modulePath(moduleId: string): string {
  return `${COURSE_PATH}/${moduleId}`;
}

/** `step` is 1-based, as in the address. */
export function stepPath(moduleId: string, step: number): string {
  return `${COURSE_PATH}/${moduleId}/${step}`;
}

export function finishPath(moduleId: string): string {
  return `${COURSE_PATH}/${moduleId}/${FINISH_POSITION}`;
}

export function donePath(moduleId: string): string {
  return `${COURSE_PATH}/${moduleId}/done`;
}

/** Parses the `:step` segment: a whole number from 1 to `count`, written without leading zeros. */
export function parseStep(segment: string | undefined, count: number): number | undefined {
  if (!segment || !/^[1-9]\d{0,3}$/.test(segment)) return undefined;
  const step = Number(segment);
  return step <= count ? step : undefined;
}

/**
 * Where a person resumes a module: the step they last saw, the finish screen, or the intro.
 * A step id that no longer exists in the content (content was revised) falls back to the intro.
 */
export function resumePath(moduleId: string, stepIds: readonly string[], position: string | null | undefined): string {
  if (position === FINISH_POSITION) return finishPath(moduleId);
  const index = position ? stepIds.indexOf(position) : -1;
  return index >= 0 ? stepPath(moduleId, index + 1) : modulePath(moduleId);
}
