/** A new recovery code (the old one stops working), after re-entering the passphrase; shown once. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toVaultError, type VaultError } from '../../vault/errors';
import { Button } from '../../ui/Button';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';
import { confirmRecoveryCode, regenerateRecoveryCode } from '../../storage/vaultActions';

export function RecoveryCodeSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | undefined>();
  const [error, setError] = useState<VaultError | undefined>();

  const submit = async () => {
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(undefined);
    try {
      setCode(await regenerateRecoveryCode(passphrase));
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.recovery.title')}</h2>
      {code ? (
        <>
          <p>{t('settings.recovery.new-code')}</p>
          <p className="secret-code" translate="no" data-sensitive="true">
            {code}
          </p>
          <Button
            variant="primary"
            onClick={() => {
              setCode(undefined);
              void confirmRecoveryCode().catch(() => undefined);
            }}
          >
            {t('settings.recovery.done')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('settings.recovery.lead')}</p>
          <SecretField
            label={t('settings.change.current')}
            value={passphrase}
            onChange={setPassphrase}
            showLabel={t('vault:field.show')}
            hideLabel={t('vault:field.hide')}
            onEnter={() => void submit()}
            disabled={busy}
            error={error ? t(`vault:${error.messageKey}`) : undefined}
          />
          {busy ? <WorkingIndicator label={t('vault:working.deriving')} /> : null}
          <Button onClick={() => void submit()} disabled={busy}>
            {t('settings.recovery.submit')}
          </Button>
        </>
      )}
    </section>
  );
}
