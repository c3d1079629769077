import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')} lead={t('error.body')}>
      <p>{t('error.help')}</p>
      <div className="page__actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
        <a className="button button--crisis" href="/help">
          {t('actions.get-help')}
        </a>
      </div>
    </Page>
  );
}
