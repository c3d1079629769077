import { useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import type { ContentError } from '../../../content/courseLoader';
import { useCourseIndex, useCourseModule } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import type { ModuleContext } from '../hooks/useModuleContext';
import { CourseLoading, CourseProblem } from './CourseProblem';

const MODULE_ID = /^m\d{2}$/;

function problemOf(error: ContentError) {
  return error.type === 'not-found' ? 'not-found' : error.type === 'unavailable' ? 'offline' : 'content';
}

/** Loads one module (content in the current language, plus the person's records) for its screens. */
export function ModuleFrame() {
  const { moduleId = '' } = useParams();
  const valid = MODULE_ID.test(moduleId);
  const index = useCourseIndex();
  const content = useCourseModule(valid ? moduleId : 'm00');
  const records = useCourseRecords();

  const context = useMemo<ModuleContext | undefined>(
    () =>
      index.status === 'ready' && content.status === 'ready' && records.status === 'ready'
        ? { module: content.value, records: records.records, order: index.value.modules }
        : undefined,
    [index, content, records],
  );

  if (!valid) return <CourseProblem kind="not-found" />;
  if (index.status === 'error') return <CourseProblem kind={problemOf(index.error)} />;
  if (index.status === 'ready' && !index.value.modules.includes(moduleId)) return <CourseProblem kind="not-found" />;
  if (content.status === 'error') return <CourseProblem kind={problemOf(content.error)} />;
  if (records.status === 'error') return <CourseProblem kind={records.failure === 'failed' ? 'records' : records.failure} />;
  if (!context) return <CourseLoading />;
  return <Outlet context={context} />;
}
