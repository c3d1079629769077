import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/BackLink';
import { Page } from '../../../ui/Page';

export function NotFoundInTracker() {
  const { t } = useTranslation('tracker');
  return (
    <Page title={t('not-found')}>
      <BackLink to="/tracker">{t('back')}</BackLink>
    </Page>
  );
}
