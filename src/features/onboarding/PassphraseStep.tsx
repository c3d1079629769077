/**
 * Create the passphrase and the vault. Weak passphrases are refused with the reason; the
 * generator offers six random words. Argon2id runs in a worker with a progress bar.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KdfStage } from '../../vault/argon2Protocol';
import { toVaultError, type VaultError } from '../../vault/errors';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import { LazyNewPassphraseFields } from '../../vault/LazyNewPassphraseFields';
import { createVault } from '../../storage/vaultActions';

const STAGE_VALUE: Record<KdfStage, number> = { starting: 0.1, deriving: 0.5, unwrapping: 0.9 };

export function PassphraseStep({ onCreated, onBack }: { onCreated: (recoveryCode: string) => void; onBack: () => void }) {
  const { t } = useTranslation(['onboarding', 'vault']);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [ready, setReady] = useState(false);
  const [tried, setTried] = useState(false);
  const [stage, setStage] = useState<KdfStage | undefined>();
  const [error, setError] = useState<VaultError | undefined>();
  const onReadyChange = useCallback((value: boolean) => setReady(value), []);

  const create = async () => {
    setTried(true);
    if (!ready || stage) return;
    setError(undefined);
    setStage('starting');
    try {
      const { recoveryCode } = await createVault(passphrase, setStage);
      setPassphrase('');
      setConfirm('');
      onCreated(recoveryCode);
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setStage(undefined);
    }
  };

  return (
    <Page title={t('onboarding.passphrase.title')} lead={t('onboarding.passphrase.lead')}>
      <LazyNewPassphraseFields
        value={passphrase}
        onChange={setPassphrase}
        confirm={confirm}
        onConfirmChange={setConfirm}
        onReadyChange={onReadyChange}
        showErrors={tried}
        disabled={!!stage}
      />
      {tried && !ready ? <p className="field__error">{t('onboarding.passphrase.not-ready')}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {t(`vault:${error.messageKey}`)}
        </p>
      ) : null}
      {stage ? <WorkingIndicator label={t(`vault:working.${stage}`)} value={STAGE_VALUE[stage]} /> : null}
      <div className="page__actions">
        <Button variant="primary" onClick={() => void create()} disabled={!!stage}>
          {t('onboarding.passphrase.create')}
        </Button>
        <Button variant="quiet" onClick={onBack} disabled={!!stage}>
          {t('onboarding.back')}
        </Button>
      </div>
    </Page>
  );
}
