/**
 * Settings at /settings/*: locking, passphrase, recovery code, storage, the opt-in wipe after
 * failed attempts, and delete everything. The language picker lives in the shell's header.
 */
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { DeleteSection } from './DeleteSection';
import { GuardSection } from './GuardSection';
import { LockPrefsSection } from './LockPrefsSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import { StorageSection } from './StorageSection';

export default function SettingsRoute() {
  const { t } = useTranslation(['settings', 'vault']);
  return (
    <Page title={t('settings.title')}>
      <LockPrefsSection />
      <ChangePassphraseSection />
      <RecoveryCodeSection />
      <StorageSection />
      <GuardSection />
      <DeleteSection />
    </Page>
  );
}
