import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';

/**
 * 18+ self-declaration. A young person gets a kind answer and a way to help made for them,
 * never a dead end.
 */
export function AgeStep({ onAdult, onBack }: { onAdult: () => void; onBack: () => void }) {
  const { t } = useTranslation(['onboarding', 'vault']);
  const [young, setYoung] = useState(false);
  if (young) {
    return (
      <Page title={t('onboarding.age.young-title')}>
        <p>{t('onboarding.age.young-p1')}</p>
        <p>{t('onboarding.age.young-p2')}</p>
        <div className="page__actions">
          <LinkButton variant="primary" to="/help/youth">
            {t('onboarding.age.young-link')}
          </LinkButton>
          <Button variant="quiet" onClick={() => setYoung(false)}>
            {t('onboarding.age.young-back')}
          </Button>
        </div>
      </Page>
    );
  }
  return (
    <Page title={t('onboarding.age.title')} lead={t('onboarding.age.lead')}>
      <div className="page__actions">
        <Button variant="primary" onClick={onAdult}>
          {t('onboarding.age.adult')}
        </Button>
        <Button onClick={() => setYoung(true)}>{t('onboarding.age.young')}</Button>
        <Button variant="quiet" onClick={onBack}>
          {t('onboarding.back')}
        </Button>
      </div>
    </Page>
  );
}
