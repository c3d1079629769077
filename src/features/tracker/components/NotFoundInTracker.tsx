import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';

export function NotFoundInTracker() {
  const { t } = useTranslation('tracker');
  return (
    <Page title={t('not-found')}>
      <LinkButton to="/tracker">{t('back')}</LinkButton>
    </Page>
  );
}
