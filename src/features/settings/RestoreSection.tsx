/**
 * Restore into this vault: choose a file, type its passphrase, see what it holds (a dry run:
 * nothing is written yet), then merge (only entries this device does not have) or replace
 * (needs this device's passphrase too, as deleting does). Every failure says one translated thing
 * and changes nothing.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPayload, BackupSummary, RestoreMode } from '../../storage/backupPages';
import { verifyPassphrase } from '../../storage/vaultActions';
import { toVaultError, type VaultError } from '../../vault/errors';
import { BackupFileFields } from '../../ui/BackupFileFields';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SecretField } from '../../ui/SecretField';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';
import { BackupSummaryView } from './BackupSummaryView';

const loadBackup = () => import('../../storage/backupPages');

type Opened = { payload: BackupPayload; summary: BackupSummary };

export function RestoreSection() {
  const { t } = useTranslation(['vault', 'backup']);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<Opened | undefined>();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState<'opening' | 'restoring' | undefined>();
  const [error, setError] = useState<VaultError | 'file-missing' | undefined>();
  const [restored, setRestored] = useState<number | undefined>();

  const reset = () => {
    setOpened(undefined);
    setFile(undefined);
    setPassphrase('');
    setCurrent('');
    setMode('merge');
    if (fileInput.current) fileInput.current.value = '';
  };

  const open = async () => {
    if (busy) return;
    setRestored(undefined);
    if (!file) return setError('file-missing');
    if (passphrase === '') return;
    setBusy('opening');
    setError(undefined);
    try {
      const { openBackupFile, readBackupBlob } = await loadBackup();
      setOpened(await openBackupFile(await readBackupBlob(file), passphrase));
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setPassphrase('');
      setBusy(undefined);
    }
  };

  const restore = async () => {
    if (busy || !opened) return;
    if (mode === 'replace' && current === '') return;
    setBusy('restoring');
    setError(undefined);
    try {
      const { restoreBackup } = await loadBackup();
      if (mode === 'replace') {
        await verifyPassphrase(current);
      }
      const { added } = await restoreBackup(opened.payload, mode);
      reset();
      setRestored(added);
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setCurrent('');
      setBusy(undefined);
    }
  };

  const message = error === 'file-missing' ? t('backup:file-missing') : error ? t(`vault:${error.messageKey}`) : undefined;

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="restore-section">
      <h2 id={`${id}-title`}>{t('backup:restore-title')}</h2>
      <p>{t('backup:restore-lead')}</p>
      {restored !== undefined ? (
        <Notice tone="success">{t('backup:restored', { count: restored })}</Notice>
      ) : null}
      {opened ? (
        <>
          <BackupSummaryView summary={opened.summary} />
          <fieldset className="field">
            <legend>{t('backup:mode')}</legend>
            <label className="check">
              <input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => setMode('merge')} disabled={busy !== undefined} />
              <span>{t('backup:merge')}</span>
            </label>
            <label className="check">
              <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} disabled={busy !== undefined} />
              <span>{t('backup:replace')}</span>
            </label>
          </fieldset>
          {mode === 'replace' ? (
            <>
              <p className="notice notice--warning">{t('backup:replace-warning')}</p>
              <SecretField
                label={t('backup:replace-passphrase')}
                value={current}
                onChange={setCurrent}
                showLabel={t('vault:field.show')}
                hideLabel={t('vault:field.hide')}
                onEnter={() => void restore()}
                disabled={busy !== undefined}
              />
            </>
          ) : null}
          {message ? (
            <p className="field__error" role="alert">
              {message}
            </p>
          ) : null}
          {busy ? <WorkingIndicator label={t('backup:restoring')} /> : null}
          <div className="page__actions">
            <Button variant="primary" onClick={() => void restore()} disabled={busy !== undefined}>
              {t('backup:restore')}
            </Button>
            <Button onClick={reset} disabled={busy !== undefined}>
              {t('backup:cancel')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <BackupFileFields
            passphrase={passphrase}
            onPassphraseChange={setPassphrase}
            onFileChange={setFile}
            onOpen={() => void open()}
            busy={busy !== undefined}
            error={message}
            fileInputRef={fileInput}
          />
          <Button onClick={() => void open()} disabled={busy !== undefined}>
            {t('backup:open')}
          </Button>
        </>
      )}
    </section>
  );
}
