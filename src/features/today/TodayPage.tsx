import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';

/** The home screen. It names no topic, so a glance at the screen tells a passer-by nothing. */
export default function TodayPage() {
  const { t } = useTranslation(['common', 'tools']);
  const { t: tCourse } = useTranslation('course');
  return (
    <Page title={t('today.title')} lead={t('today.intro')}>
      <div className="page__actions">
        <LinkButton variant="primary" to="/course">
          {t('today.course')}
        </LinkButton>
        <LinkButton to="/course/plan">{tCourse('plan.home-link')}</LinkButton>
        <LinkButton to="/tracker/today">{t('today.tracker')}</LinkButton>
        <LinkButton to="/tools">{t('today.tools')}</LinkButton>
      </div>
      {/* The tools one tap away, named without the topic. */}
      <nav aria-label={t('tools:today.label')}>
        <div className="page__actions">
          <LinkButton to="/tools/surf">{t('tools:today.surf')}</LinkButton>
          <LinkButton to="/tools/cards/read">{t('tools:today.cards')}</LinkButton>
          <LinkButton to="/tools/plan">{t('tools:today.plan')}</LinkButton>
        </div>
      </nav>
    </Page>
  );
}
