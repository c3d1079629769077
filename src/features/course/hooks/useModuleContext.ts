import { useOutletContext } from 'react-router';
import type { LoadedModule } from '../../../content/courseLoader';
import type { CourseRecords } from './useCourseRecords';

/** What the module screens (intro, steps, finish, done) get from ModuleFrame. */
export type ModuleContext = {
  module: LoadedModule;
  records: CourseRecords;
  /** The recommended order of every module in the course. */
  order: readonly string[];
};

export function useModuleContext(): ModuleContext {
  return useOutletContext<ModuleContext>();
}
