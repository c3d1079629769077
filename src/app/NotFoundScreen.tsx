import { useTranslation } from 'react-i18next';
import { LinkButton } from '../ui/LinkButton';
import { Page } from '../ui/Page';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('not-found.title')} lead={t('not-found.body')}>
      <LinkButton variant="primary" to="/">
        {t('not-found.home')}
      </LinkButton>
    </Page>
  );
}
