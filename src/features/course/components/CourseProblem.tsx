import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { COURSE_PATH } from '../model/paths';

export type CourseProblemKind = 'content' | 'offline' | 'not-found' | 'records' | 'storage-full' | 'locked';

/**
 * A calm message in place of a screen that cannot be shown: broken or missing content, or saved
 * answers that cannot be opened. Nothing technical, always a way back and a way to help.
 */
export function CourseProblem({ kind, backTo = COURSE_PATH }: { kind: CourseProblemKind; backTo?: string }) {
  const { t } = useTranslation('course');
  return (
    <Page title={t(`problem.${kind}.title`)}>
      <p>{t(`problem.${kind}.body`)}</p>
      <p>{t('problem.saved-is-safe')}</p>
      <div className="page__actions">
        <LinkButton variant="primary" to={backTo}>
          {backTo === COURSE_PATH ? t('nav.overview') : t('nav.module-start')}
        </LinkButton>
        <LinkButton to="/help">{t('nav.help')}</LinkButton>
      </div>
    </Page>
  );
}

export function CourseLoading() {
  const { t } = useTranslation('course');
  return (
    <p className="status-screen" role="status">
      {t('loading')}
    </p>
  );
}
