import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPill } from '../../../ui/StatusPill';
import type { LoadedModule } from '../../../content/courseLoader';
import { modulePath } from '../model/paths';
import { statusOf, type ModuleProgress } from '../model/progress';

export type ModuleCardProps = {
  id: string;
  number: number;
  /** Undefined when this module's content could not be opened. */
  module: LoadedModule | undefined;
  progress: ModuleProgress | undefined;
};

/** One module in the overview: number, title (the link), summary, time and status in words. */
export function ModuleCard({ id, number, module, progress }: ModuleCardProps) {
  const { t } = useTranslation('course');
  const status = statusOf(progress);
  if (!module) {
    return (
      <article className="card course-module">
        <p className="course-meta">{t('module.number', { number })}</p>
        <p>{t('overview.unavailable')}</p>
      </article>
    );
  }
  return (
    <article className={`card course-module course-module--${status}`}>
      <p className="course-meta">{t('module.number', { number })}</p>
      <h3 className="course-module__title">
        <Link to={modulePath(id)}>{module.strings.title}</Link>
      </h3>
      <p>{module.strings.summary}</p>
      <p className="course-module__facts">
        <span>{t('module.minutes', { count: module.structure.estimatedMinutes })}</span>
        <StatusPill tone={status === 'done' ? 'done' : status === 'in-progress' ? 'active' : 'neutral'} label={t('overview.status-label')}>
          {t(`status.${status}`)}
        </StatusPill>
      </p>
    </article>
  );
}
