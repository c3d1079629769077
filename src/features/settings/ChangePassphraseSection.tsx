/** Change passphrase: re-authenticate with the current one, then re-wrap the data key. */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toVaultError, type VaultError } from '../../vault/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import { LazyNewPassphraseFields } from '../../vault/LazyNewPassphraseFields';
import { changePassphrase } from '../../storage/vaultActions';

export function ChangePassphraseSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [ready, setReady] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: VaultError } | undefined>();
  const onReadyChange = useCallback((value: boolean) => setReady(value), []);

  const submit = async () => {
    setTried(true);
    if (!ready || busy || current === '') return;
    setBusy(true);
    setResult(undefined);
    try {
      await changePassphrase(current, next);
      setNext('');
      setConfirm('');
      setTried(false);
      setResult({ ok: true });
    } catch (error) {
      setResult({ ok: false, error: toVaultError(error) });
    } finally {
      setCurrent('');
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.change.title')}</h2>
      <SecretField
        label={t('settings.change.current')}
        value={current}
        onChange={setCurrent}
        showLabel={t('vault:field.show')}
        hideLabel={t('vault:field.hide')}
        disabled={busy}
        error={result && !result.ok && result.error.code === 'wrong-passphrase' ? t(`vault:${result.error.messageKey}`) : undefined}
      />
      <LazyNewPassphraseFields
        value={next}
        onChange={setNext}
        confirm={confirm}
        onConfirmChange={setConfirm}
        onReadyChange={onReadyChange}
        showErrors={tried}
        disabled={busy}
      />
      {busy ? <WorkingIndicator label={t('vault:working.deriving')} /> : null}
      <Button variant="primary" onClick={() => void submit()} disabled={busy}>
        {t('settings.change.submit')}
      </Button>
      <Notice tone={result?.ok ? 'success' : 'warning'}>
        {result?.ok ? t('settings.change.done') : result && result.error.code !== 'wrong-passphrase' ? t(`vault:${result.error.messageKey}`) : null}
      </Notice>
    </section>
  );
}
