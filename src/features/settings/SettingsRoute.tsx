/**
 * Settings at /settings/*: locking, passphrase, recovery code, backup and restore, storage, installing, the
 * opt-in wipe after failed attempts, and delete everything. The language picker lives in the shell's header.
 */
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { BackupSection } from './BackupSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { DeleteSection } from './DeleteSection';
import { GuardSection } from './GuardSection';
import { InstallSection } from './InstallSection';
import { LockPrefsSection } from './LockPrefsSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';

export default function SettingsRoute() {
  const { t } = useTranslation(['settings', 'vault']);
  return (
    <Page title={t('settings.title')}>
      <LockPrefsSection />
      <ChangePassphraseSection />
      <RecoveryCodeSection />
      <BackupSection />
      <RestoreSection />
      <StorageSection />
      <InstallSection />
      <GuardSection />
      <DeleteSection />
    </Page>
  );
}
