import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';

/** Shift three times is only worth mentioning where there is a keyboard (and a mouse or trackpad). */
function hasKeyboard(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(hover: hover) and (pointer: fine)').matches;
}

/** Privacy in plain words: what is kept, where, and the honest limits. */
export function PrivacyStep({ onNext, onBack }: { onNext: () => void; onBack: () => void }) {
  const { t } = useTranslation(['onboarding', 'vault']);
  return (
    <Page title={t('onboarding.privacy.title')}>
      <h2>{t('onboarding.privacy.stored-title')}</h2>
      <p>{t('onboarding.privacy.stored')}</p>
      <p>{t('onboarding.privacy.who')}</p>
      <h2>{t('onboarding.privacy.limits-title')}</h2>
      <ul>
        <li>{t('onboarding.privacy.limit-passphrase')}</li>
        <li>{t('onboarding.privacy.limit-monitoring')}</li>
        <li>{hasKeyboard() ? t('onboarding.privacy.limit-screen-keyboard') : t('onboarding.privacy.limit-screen-touch')}</li>
      </ul>
      <p>{t('onboarding.privacy.password-manager')}</p>
      <p>{t('onboarding.privacy.loss')}</p>
      <div className="page__actions">
        <Button variant="primary" onClick={onNext}>
          {t('onboarding.next')}
        </Button>
        <Button variant="quiet" onClick={onBack}>
          {t('onboarding.back')}
        </Button>
      </div>
    </Page>
  );
}
