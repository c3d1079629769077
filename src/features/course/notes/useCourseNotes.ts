/**
 * The course's part of "My notes": every exercise answer with words of the person's own, grouped
 * by module in the recommended order, each opening at its exercise step (`/course/m03/4`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteItem, NotesState } from '../../../lib/noteItem';
import type { StoredAnswer } from '../data/answerRecord';
import { answerSpan } from '../data/courseRecords';
import { useCourseIndex, useCourseModules, type ModuleEntry } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import { modulePath, stepPath } from '../model/paths';
import { answerText } from './answerText';

type Translate = (key: 'course.group' | 'course.group-untitled' | 'course.exercise', options?: Record<string, unknown>) => string;

/** Pure: the notes of these answers, in module order; answers of unknown modules come last. */
export function courseNotes(answers: Iterable<StoredAnswer>, order: readonly string[], modules: readonly ModuleEntry[], t: Translate): NoteItem[] {
  const rank = (moduleId: string) => {
    const i = order.indexOf(moduleId);
    return i < 0 ? order.length : i;
  };
  const items: (NoteItem & { rank: number })[] = [];
  for (const stored of answers) {
    const text = answerText(stored.answer);
    if (!text) continue;
    const moduleId = answerSpan(stored.exerciseId);
    const number = rank(moduleId) + 1;
    const module = modules.find((m) => m.id === moduleId)?.module;
    const index = module?.structure.steps.findIndex((s) => s.kind === 'exercise' && s.exercise.id === stored.exerciseId) ?? -1;
    const step = module && index >= 0 ? module.structure.steps[index] : undefined;
    items.push({
      rank: rank(moduleId),
      key: `course:${stored.exerciseId}`,
      group: {
        id: `course-${moduleId}`,
        label: module ? t('course.group', { number, title: module.strings.title }) : t('course.group-untitled', { number }),
      },
      title: (step && module?.strings.steps[step.id]?.exercise?.title) ?? t('course.exercise'),
      text,
      updatedAt: stored.updatedAt,
      href: index >= 0 ? stepPath(moduleId, index + 1) : modulePath(moduleId),
    });
  }
  return items.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...item }) => item);
}

export function useCourseNotes(): NotesState {
  const { t } = useTranslation('notes');
  const index = useCourseIndex();
  const order = index.status === 'ready' ? index.value.modules : [];
  const modules = useCourseModules(order);
  const records = useCourseRecords();
  return useMemo((): NotesState => {
    if (index.status === 'error' || records.status === 'error') return { status: 'error' };
    if (index.status !== 'ready' || modules.status !== 'ready' || records.status !== 'ready') return { status: 'loading' };
    return { status: 'ready', items: courseNotes(records.records.answers.values(), order, modules.value, (key, options) => t(key, { ...options })) };
  }, [index, modules, records, order, t]);
}
