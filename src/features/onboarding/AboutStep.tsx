import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';

/** What Polku is and is not. The topic is named here because the person chose to come. */
export function AboutStep({ onNext }: { onNext: () => void }) {
  const { t } = useTranslation('onboarding');
  return (
    <Page title={t('onboarding.about.title')}>
      <p>{t('onboarding.about.p1')}</p>
      <p>{t('onboarding.about.p2')}</p>
      <h2>{t('onboarding.about.not-title')}</h2>
      <p>{t('onboarding.about.not-therapy')}</p>
      <p>{t('onboarding.about.not-crisis')}</p>
      <div className="page__actions">
        <Button variant="primary" onClick={onNext}>
          {t('onboarding.next')}
        </Button>
      </div>
    </Page>
  );
}
