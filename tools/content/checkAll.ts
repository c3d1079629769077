/** Every content check in one list, shared by the build, `npm test` and tools/validate-content.ts. */
import { checkModules } from './checkModules';
import { checkServices } from './checkServices';

export function checkAllContent(root: string): string[] {
  return [...checkModules(root), ...checkServices(root)];
}
