/**
 * Opt-in: delete everything after many failed unlocks. Off by default, with an honest warning.
 * Changing it needs the passphrase (with the lock screen's back-off), so a moment at an open
 * screen is not enough to arm a wipe that a few wrong guesses would then set off.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toVaultError, type VaultError } from '../../vault/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';
import { getUnlockGuard, setWipeAfter } from '../../storage/vaultActions';

const CHOICES = [10, 20] as const;
type Choice = number | null;

export function GuardSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [saved, setSaved] = useState<Choice>(null);
  const [chosen, setChosen] = useState<Choice>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<VaultError | undefined>();

  useEffect(() => {
    void getUnlockGuard().then(({ wipeAfter }) => {
      setSaved(wipeAfter);
      setChosen(wipeAfter);
    });
  }, []);

  const submit = async () => {
    if (busy || passphrase === '' || chosen === saved) return;
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await setWipeAfter(chosen, passphrase);
      setSaved(chosen);
      setDone(true);
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  const changed = chosen !== saved;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.guard.title')}</h2>
      <p>{t('settings.guard.lead')}</p>
      <p className="notice notice--warning">{t('settings.guard.warning')}</p>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t('settings.guard.label')}</label>
        <select
          id={`${id}-select`}
          value={chosen ?? 'never'}
          disabled={busy}
          onChange={(event) => {
            setDone(false);
            setChosen(event.target.value === 'never' ? null : Number(event.target.value));
          }}
        >
          <option value="never">{t('settings.guard.never')}</option>
          {CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('settings.guard.after', { count: n })}
            </option>
          ))}
        </select>
      </div>
      {changed ? (
        <>
          <SecretField
            label={t('settings.guard.passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            showLabel={t('vault:field.show')}
            hideLabel={t('vault:field.hide')}
            onEnter={() => void submit()}
            disabled={busy}
            error={error ? t(`vault:${error.messageKey}`) : undefined}
          />
          {busy ? <WorkingIndicator label={t('vault:working.deriving')} /> : null}
          <Button onClick={() => void submit()} disabled={busy || passphrase === ''}>
            {t('settings.guard.save')}
          </Button>
        </>
      ) : null}
      {done ? <Notice tone="success">{t('settings.guard.saved')}</Notice> : null}
    </section>
  );
}
