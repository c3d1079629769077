import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { useCourseIndex, useCourseModules } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import { modulePath, resumePath } from '../model/paths';
import { continueTarget } from '../model/progress';
import { CourseLoading, CourseProblem } from './CourseProblem';
import { ModuleCard } from './ModuleCard';

/** Every module in the recommended order, with its status, and "continue where you left off". */
export function CourseOverview() {
  const { t } = useTranslation('course');
  const index = useCourseIndex();
  const order = index.status === 'ready' ? index.value.modules : [];
  const modules = useCourseModules(order);
  const records = useCourseRecords();

  if (index.status === 'error') return <CourseProblem kind={index.error.type === 'unavailable' ? 'offline' : 'content'} />;
  if (records.status === 'error') return <CourseProblem kind={records.failure === 'failed' ? 'records' : records.failure} />;
  if (index.status !== 'ready' || modules.status !== 'ready' || records.status !== 'ready') return <CourseLoading />;

  const { progress } = records.records;
  const target = continueTarget(order, progress);
  const targetModule = modules.value.find((m) => m.id === target?.moduleId)?.module;
  const targetPath =
    target && targetModule
      ? target.kind === 'resume'
        ? resumePath(target.moduleId, targetModule.structure.steps.map((s) => s.id), progress.get(target.moduleId)?.position)
        : modulePath(target.moduleId)
      : undefined;

  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      {targetPath && target ? (
        <div className="page__actions">
          <LinkButton variant="primary" to={targetPath}>
            {target.kind === 'resume'
              ? t('overview.continue')
              : t('overview.start', { number: order.indexOf(target.moduleId) + 1 })}
          </LinkButton>
        </div>
      ) : target === null ? (
        <p className="course-note">{t('overview.all-done')}</p>
      ) : null}
      <h2 id="modules-heading">{t('overview.modules-heading')}</h2>
      <p className="course-field__hint">{t('overview.order')}</p>
      <ol className="course-modules" aria-labelledby="modules-heading">
        {modules.value.map((entry, i) => (
          <li key={entry.id}>
            <ModuleCard id={entry.id} number={i + 1} module={entry.module} progress={progress.get(entry.id)} />
          </li>
        ))}
      </ol>
    </Page>
  );
}
