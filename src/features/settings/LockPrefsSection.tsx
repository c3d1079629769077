/** Auto-lock timing: inactivity minutes and how long Polku may stay hidden before it locks. */
import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_CHOICES, HIDDEN_GRACE_CHOICES, getLockPrefs, subscribeVaultStatus, type LockPrefs } from '../../vault/vaultState';
import { toVaultError } from '../../vault/errors';
import '../../ui/fields.css';
import { Notice } from '../../ui/Notice';
import { saveLockPrefs } from '../../storage/vaultActions';

export function LockPrefsSection() {
  const { t } = useTranslation(['settings', 'vault']);
  const id = useId();
  const prefs = useSyncExternalStore(subscribeVaultStatus, getLockPrefs, getLockPrefs);
  const [message, setMessage] = useState<string | undefined>();

  const save = async (next: LockPrefs) => {
    try {
      await saveLockPrefs(next);
      setMessage(t('settings.lock.saved'));
    } catch (error) {
      setMessage(t(`vault:${toVaultError(error).messageKey}`));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.lock.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-idle`}>{t('settings.lock.idle')}</label>
        <select id={`${id}-idle`} value={prefs.autoLockMinutes} onChange={(event) => void save({ ...prefs, autoLockMinutes: Number(event.target.value) })}>
          {AUTO_LOCK_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('settings.lock.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-hidden`}>{t('settings.lock.hidden')}</label>
        <select id={`${id}-hidden`} value={prefs.hiddenGraceSeconds} onChange={(event) => void save({ ...prefs, hiddenGraceSeconds: Number(event.target.value) })}>
          {HIDDEN_GRACE_CHOICES.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 0 ? t('settings.lock.at-once') : t('settings.lock.seconds', { count: seconds })}
            </option>
          ))}
        </select>
      </div>
      <Notice tone="warning">{message}</Notice>
    </section>
  );
}
