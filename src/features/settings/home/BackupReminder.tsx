/**
 * Home's backup reminder: "you have never made a backup", or that the last one is more than a week
 * old or many entries behind, with the way to settings. Nothing shows while there is nothing to
 * lose (no entries yet) or the last backup is recent. It is placed last on home so that appearing
 * after the vault's pages are read moves nothing above it.
 * PRIVACY: it says only that a backup is due, never what is in the vault; "backup" names no topic.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupStatus, type BackupStatus } from '../../../storage/backupStatus';
import { LinkButton } from '../../../ui/LinkButton';

/** Pure: which reminder home shows, if any. */
export function homeReminder(status: BackupStatus | undefined): 'never' | 'old' | 'many' | undefined {
  if (!status || status.entries === 0) return undefined;
  return status.nudge;
}

export function BackupReminder() {
  const { t } = useTranslation('home');
  const [status, setStatus] = useState<BackupStatus | undefined>();
  useEffect(() => {
    let live = true;
    backupStatus().then(
      (next) => live && setStatus(next),
      // Locked or unreadable: home says nothing about backups rather than something wrong.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const reminder = homeReminder(status);
  if (!reminder) return null;
  return (
    <section className="card" aria-labelledby="home-backup-heading" data-testid="home-backup">
      <h2 id="home-backup-heading">{t('backup.heading')}</h2>
      <p>{t(`backup.${reminder}`)}</p>
      <LinkButton to="/settings">{t('backup.open')}</LinkButton>
    </section>
  );
}
