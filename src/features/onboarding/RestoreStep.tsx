/**
 * First run with a backup ("I have a backup"): choose the file, type its passphrase, see what it
 * holds, then restore. The vault on this device is created with the same passphrase and every
 * entry is written in one step; the new recovery code follows, as in a normal first run.
 * PRIVACY: the passphrase stays in this component's state only until the restore has finished.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPayload, BackupSummary } from '../../storage/backupPages';
import { toVaultError, type VaultError } from '../../vault/errors';
import { BackupFileFields } from '../../ui/BackupFileFields';
import { Button } from '../../ui/Button';
import { formatDay } from '../../ui/formatDay';
import { Page } from '../../ui/Page';
import { WorkingIndicator } from '../../ui/WorkingIndicator';
import '../../ui/fields.css';

const loadBackup = () => import('../../storage/backupPages');

export type RestoreStepProps = {
  onBack: () => void;
  /** Called once the vault exists here (from then on a lock sends the route to the lock screen). */
  onCreating: () => void;
  onRestored: (recoveryCode: string) => void;
};

export function RestoreStep({ onBack, onCreating, onRestored }: RestoreStepProps) {
  const { t, i18n } = useTranslation(['onboarding', 'vault', 'backup']);
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<{ payload: BackupPayload; summary: BackupSummary } | undefined>();
  const [busy, setBusy] = useState<'opening' | 'restoring' | undefined>();
  const [error, setError] = useState<VaultError | 'file-missing' | undefined>();
  // Once the vault exists here, a retry only writes the entries again.
  const created = useRef<string | undefined>(undefined);

  const open = async () => {
    if (busy) return;
    if (!file) return setError('file-missing');
    if (passphrase === '') return;
    setBusy('opening');
    setError(undefined);
    try {
      const { openBackupFile, readBackupBlob } = await loadBackup();
      setOpened(await openBackupFile(await readBackupBlob(file), passphrase));
    } catch (caught) {
      setPassphrase('');
      setError(toVaultError(caught));
    } finally {
      setBusy(undefined);
    }
  };

  const restore = async () => {
    if (busy || !opened) return;
    setBusy('restoring');
    setError(undefined);
    try {
      const { restoreBackup } = await loadBackup();
      if (created.current === undefined) {
        const { createVault } = await import('../../storage/vaultActions');
        created.current = (await createVault(passphrase)).recoveryCode;
        onCreating();
      }
      await restoreBackup(opened.payload, 'replace');
      setPassphrase('');
      onRestored(created.current);
    } catch (caught) {
      setError(toVaultError(caught));
    } finally {
      setBusy(undefined);
    }
  };

  const message = error === 'file-missing' ? t('backup:file-missing') : error ? t(`vault:${error.messageKey}`) : undefined;
  const summary = opened?.summary;

  return (
    <Page title={t('backup:restore-title')}>
      <p>{t('backup:first-run-lead')}</p>
      {summary ? (
        <div data-testid="backup-summary">
          <h2>{t('backup:summary-title')}</h2>
          <p>
            {t('backup:entries', { count: summary.entries })}
            {summary.from && summary.to ? ` ${t('backup:range', { from: formatDay(summary.from, i18n.language), to: formatDay(summary.to, i18n.language) })}` : ''}
          </p>
          {summary.modules.length > 0 ? <p>{t('backup:modules', { list: summary.modules.map((m) => Number(m.slice(1))).join(', ') })}</p> : null}
          {message ? (
            <p className="field__error" role="alert">
              {message}
            </p>
          ) : null}
          {busy ? <WorkingIndicator label={t('backup:restoring')} /> : null}
          <div className="page__actions">
            <Button variant="primary" onClick={() => void restore()} disabled={busy !== undefined}>
              {t('backup:first-run-restore')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <BackupFileFields
            passphrase={passphrase}
            onPassphraseChange={setPassphrase}
            onFileChange={setFile}
            onOpen={() => void open()}
            busy={busy !== undefined}
            error={message}
          />
          <div className="page__actions">
            <Button variant="primary" onClick={() => void open()} disabled={busy !== undefined}>
              {t('backup:open')}
            </Button>
            <Button onClick={onBack} disabled={busy !== undefined}>
              {t('backup:back')}
            </Button>
          </div>
        </>
      )}
    </Page>
  );
}
