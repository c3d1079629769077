/**
 * Delete everything, after a clear confirmation and the passphrase (re-authentication), so a
 * moment at an unlocked screen is not enough to destroy someone's data.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toVaultError, type VaultError } from '../../vault/errors';
import { deleteEverything, verifyPassphrase } from '../../storage/vaultActions';
import { Button } from '../../ui/Button';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';

export function DeleteSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [understood, setUnderstood] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<VaultError | undefined>();

  const submit = async () => {
    if (!understood || busy || passphrase === '') return;
    setBusy(true);
    setError(undefined);
    try {
      await verifyPassphrase(passphrase);
      setPassphrase('');
      await deleteEverything();
    } catch (caught) {
      setPassphrase('');
      setError(toVaultError(caught));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.delete.title')}</h2>
      <p>{t('settings.delete.lead')}</p>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} disabled={busy} />
        <span>{t('settings.delete.understand')}</span>
      </label>
      <SecretField
        label={t('settings.delete.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        disabled={busy || !understood}
        error={error ? t(`vault:${error.messageKey}`) : undefined}
      />
      {busy ? <WorkingIndicator label={t('settings.delete.working')} /> : null}
      <Button variant="crisis" onClick={() => void submit()} disabled={!understood || busy || passphrase === ''}>
        {t('settings.delete.submit')}
      </Button>
    </section>
  );
}
