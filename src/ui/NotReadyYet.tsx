import { useTranslation } from 'react-i18next';
import { Page } from './Page';

/** Said plainly, for a screen a later release fills in, rather than an empty or fake screen. */
export function NotReadyYet({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <div className="card" role="note">
        <h2>{t('coming.title')}</h2>
        <p>{t('coming.body')}</p>
      </div>
    </Page>
  );
}
