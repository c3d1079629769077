/** Opt-in: delete everything after many failed unlocks. Off by default, with an honest warning. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultError } from '../../vault/errors';
import '../../ui/fields.css';

const CHOICES = [10, 20] as const;

export function GuardSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [wipeAfter, setWipeAfter] = useState<number | null>(null);
  const [error, setError] = useState<VaultError | undefined>();

  useEffect(() => {
    void import('../../storage/vaultKeys').then(async ({ getUnlockGuard }) => setWipeAfter((await getUnlockGuard()).wipeAfter));
  }, []);

  const choose = async (value: number | null) => {
    setError(undefined);
    try {
      const { setWipeAfter: save } = await import('../../storage/vaultKeys');
      await save(value);
      setWipeAfter(value);
    } catch (caught) {
      setError(caught instanceof VaultError ? caught : new VaultError('storage-failed', { cause: caught }));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.guard.title')}</h2>
      <p>{t('settings.guard.lead')}</p>
      <p className="notice notice--warning">{t('settings.guard.warning')}</p>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t('settings.guard.label')}</label>
        <select id={`${id}-select`} value={wipeAfter ?? 'never'} onChange={(event) => void choose(event.target.value === 'never' ? null : Number(event.target.value))}>
          <option value="never">{t('settings.guard.never')}</option>
          {CHOICES.map((n) => (
            <option key={n} value={n}>
              {t('settings.guard.after', { count: n })}
            </option>
          ))}
        </select>
      </div>
      {error ? <p role="alert">{t(`vault:${error.messageKey}`)}</p> : null}
    </section>
  );
}
