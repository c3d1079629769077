/**
 * Make a backup: the vault passphrase first (through the lock screen's back-off, so an open screen
 * alone is not enough to take a copy), optionally a different passphrase for the file (as strong
 * as the vault's: the same check), then save by download or the share sheet. Says when the last
 * backup was made, or that there is none, and reminds after 7 days or many new entries.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../storage/backupStatus';
import { toVaultError, type VaultError } from '../../vault/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';
import { LazyNewPassphraseFields } from '../../vault/LazyNewPassphraseFields';
import { formatDay } from '../../ui/formatDay';
import { downloadFile, shareableFile } from './backupFileHelpers';

const loadBackup = () => import('../../storage/backupPages');
const loadStatus = () => import('../../storage/backupStatus');

type Ready = { bytes: Uint8Array<ArrayBuffer>; entries: number; name: string };

export function BackupSection() {
  const { t, i18n } = useTranslation(['vault', 'backup']);
  const id = useId();
  const [status, setStatus] = useState<BackupStatus | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [other, setOther] = useState(false);
  const [filePassphrase, setFilePassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<VaultError | undefined>();
  // A different file passphrase must pass the same strength check as the vault's own.
  const [otherReady, setOtherReady] = useState(false);
  const [tried, setTried] = useState(false);
  const onReadyChange = useCallback((value: boolean) => setOtherReady(value), []);
  const [ready, setReady] = useState<Ready | undefined>();
  const [saved, setSaved] = useState(false);

  const refresh = async () => {
    try {
      setStatus(await (await loadStatus()).backupStatus());
    } catch {
      setStatus(undefined);
    }
  };
  useEffect(() => {
    void refresh();
  }, []);

  const make = async () => {
    if (busy || passphrase === '') return;
    setTried(true);
    if (other && !otherReady) return;
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const { createBackup } = await loadBackup();
      const { backupFileName } = await import('../../vault/backupFile');
      const { bytes, entries } = await createBackup(passphrase, other ? { filePassphrase } : {});
      setReady({ bytes, entries, name: backupFileName() });
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setPassphrase('');
      setFilePassphrase('');
      setRepeat('');
      setTried(false);
      setBusy(false);
    }
  };

  const afterSave = async (entries: number) => {
    setSaved(true);
    await (await loadStatus()).noteBackupSaved(entries).catch(() => undefined);
    await refresh();
  };

  const share = ready ? shareableFile(ready.bytes, ready.name) : undefined;

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="backup-section">
      <h2 id={`${id}-title`}>{t('backup:title')}</h2>
      {status ? (
        status.lastOn ? (
          <p>{t('backup:last', { date: formatDay(status.lastOn, i18n.language) })}</p>
        ) : (
          <p className="notice notice--warning">{t('backup:never')}</p>
        )
      ) : null}
      {status?.nudge === 'old' || status?.nudge === 'many' ? <p className="notice notice--warning">{t(`backup:nudge-${status.nudge}`)}</p> : null}
      <p>{t('backup:lead')}</p>
      {ready ? (
        <>
          <Notice>{t('backup:ready', { count: ready.entries })}</Notice>
          <div className="page__actions">
            <Button
              variant="primary"
              onClick={() => {
                downloadFile(ready.bytes, ready.name);
                void afterSave(ready.entries);
              }}
            >
              {t('backup:save')}
            </Button>
            {share ? (
              <Button
                onClick={() => {
                  navigator.share({ files: [share] }).then(
                    () => void afterSave(ready.entries),
                    () => undefined,
                  );
                }}
              >
                {t('backup:share')}
              </Button>
            ) : null}
          </div>
          {saved ? <Notice tone="success">{t('backup:saved')}</Notice> : null}
        </>
      ) : (
        <>
          <SecretField
            label={t('backup:current')}
            value={passphrase}
            onChange={setPassphrase}
            showLabel={t('vault:field.show')}
            hideLabel={t('vault:field.hide')}
            onEnter={() => void make()}
            disabled={busy}
            error={error ? t(`vault:${error.messageKey}`) : undefined}
          />
          <label className="check">
            <input type="checkbox" checked={other} onChange={(event) => setOther(event.target.checked)} disabled={busy} />
            <span>{t('backup:other')}</span>
          </label>
          {other ? (
            <LazyNewPassphraseFields
              value={filePassphrase}
              onChange={setFilePassphrase}
              confirm={repeat}
              onConfirmChange={setRepeat}
              onReadyChange={onReadyChange}
              showErrors={tried}
              disabled={busy}
            />
          ) : null}
          {busy ? <WorkingIndicator label={t('backup:working')} /> : null}
          <Button variant="primary" onClick={() => void make()} disabled={busy}>
            {t('backup:make')}
          </Button>
        </>
      )}
    </section>
  );
}
