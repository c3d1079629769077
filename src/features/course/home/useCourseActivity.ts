/**
 * The course's part of home's "recently": the exercises answered most recently, named only by
 * their module's number (PRIVACY: no exercise title, no answer text on home), each opening at its
 * step.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayOf, type ActivityItem } from '../../../lib/noteItem';
import { answerSpan } from '../data/courseRecords';
import { useCourseIndex, useCourseModules } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import { modulePath, stepPath } from '../model/paths';

/** The newest `count` answers as activity; undefined while loading (an error shows nothing). */
export function useCourseActivity(count: number): ActivityItem[] | undefined {
  const { t } = useTranslation('home');
  const index = useCourseIndex();
  const records = useCourseRecords();
  const recent = useMemo(
    () => (records.status === 'ready' ? [...records.records.answers.values()].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, count) : []),
    [records, count],
  );
  const moduleIds = useMemo(() => [...new Set(recent.map((a) => answerSpan(a.exerciseId)))].sort(), [recent]);
  const modules = useCourseModules(moduleIds);
  return useMemo(() => {
    if (index.status === 'error' || records.status === 'error') return [];
    if (index.status !== 'ready' || records.status !== 'ready' || modules.status !== 'ready') return undefined;
    return recent.map((answer): ActivityItem => {
      const moduleId = answerSpan(answer.exerciseId);
      const steps = modules.value.find((m) => m.id === moduleId)?.module?.structure.steps ?? [];
      const step = steps.findIndex((s) => s.kind === 'exercise' && s.exercise.id === answer.exerciseId);
      return {
        key: `course:${answer.exerciseId}`,
        label: t('recent.exercise', { number: index.value.modules.indexOf(moduleId) + 1 }),
        day: localDayOf(answer.updatedAt),
        at: answer.updatedAt,
        href: step >= 0 ? stepPath(moduleId, step + 1) : modulePath(moduleId),
      };
    });
  }, [index, records, modules, recent, t]);
}
