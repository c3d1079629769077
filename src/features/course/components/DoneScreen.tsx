import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { useModuleContext } from '../hooks/useModuleContext';
import { COURSE_PATH, modulePath } from '../model/paths';
import { nextModule } from '../model/progress';

/** The end of a module: a kind word, where to go next, and that help is one tap away. */
export function DoneScreen() {
  const { t } = useTranslation('course');
  const { module, records, order } = useModuleContext();
  const next = nextModule(order, module.id, records.progress);
  return (
    <Page title={t('done.title')} lead={module.strings.title}>
      <p>{t('done.body')}</p>
      <div className="course-note" role="note">
        <p>{t('done.help-note')}</p>
      </div>
      <h2>{t('done.next-heading')}</h2>
      <ul className="course-links">
        <li>
          <Link to="/tracker">{t('done.tracker')}</Link>
        </li>
        <li>
          <Link to="/tools">{t('done.tools')}</Link>
        </li>
        <li>
          <Link to="/help">{t('done.help')}</Link>
        </li>
      </ul>
      <div className="page__actions">
        {next ? (
          <LinkButton variant="primary" to={modulePath(next)}>
            {t('done.next-module', { number: order.indexOf(next) + 1 })}
          </LinkButton>
        ) : null}
        <LinkButton variant={next ? 'secondary' : 'primary'} to={COURSE_PATH}>
          {t('nav.overview')}
        </LinkButton>
      </div>
    </Page>
  );
}
