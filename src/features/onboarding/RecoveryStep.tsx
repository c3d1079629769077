/**
 * Shows the recovery code once, then asks for it back so we know it was written down.
 * PRIVACY: the code exists only in the first-run screen's state and is dropped when the step ends
 * or the vault locks (OnboardingRoute then leaves for the lock screen). Until the code is confirmed
 * a plaintext flag says so, and after the next unlock the person is asked to make a new one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { SecretField } from '../../ui/SecretField';
import '../../ui/fields.css';
import { confirmRecoveryCode } from '../../storage/vaultActions';

const normalise = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export function RecoveryStep({ code, onConfirmed }: { code: string; onConfirmed: () => void }) {
  const { t } = useTranslation(['onboarding', 'vault']);
  const [phase, setPhase] = useState<'show' | 'confirm'>('show');
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);

  const check = async () => {
    if (normalise(typed) !== normalise(code)) {
      setWrong(true);
      return;
    }
    try {
      await confirmRecoveryCode();
    } catch {
      // Locked meanwhile: the reminder after unlocking asks for a new code.
    }
    onConfirmed();
  };

  if (phase === 'show') {
    return (
      <Page title={t('onboarding.recovery.title')} lead={t('onboarding.recovery.lead')}>
        <p className="secret-code" translate="no" data-sensitive="true">
          {code}
        </p>
        <p>{t('onboarding.recovery.advice')}</p>
        <div className="page__actions">
          <Button variant="primary" onClick={() => setPhase('confirm')}>
            {t('onboarding.recovery.confirm')}
          </Button>
        </div>
      </Page>
    );
  }
  return (
    <Page title={t('onboarding.recovery.title')}>
      <SecretField
        label={t('onboarding.recovery.confirm-label')}
        value={typed}
        onChange={(value) => {
          setWrong(false);
          setTyped(value);
        }}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        masked={false}
        onEnter={() => void check()}
        error={wrong ? t('onboarding.recovery.mismatch') : undefined}
        autoFocus
      />
      <div className="page__actions">
        <Button variant="primary" onClick={() => void check()}>
          {t('onboarding.next')}
        </Button>
        <Button variant="quiet" onClick={() => setPhase('show')}>
          {t('onboarding.recovery.show-again')}
        </Button>
      </div>
    </Page>
  );
}
