import { useTranslation } from 'react-i18next';
import { getUnavailableReason } from '../vault/vaultState';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LinkButton } from '../ui/LinkButton';
import { Page } from '../ui/Page';
import { lazyScreen, preloadScreenAt } from './screens';
import { useVaultStatus } from './useVaultStatus';

// Lazy: the first-run screen never needs it, and the lock screen's chunk is small.
const LockScreen = lazyScreen<{ onUnlockStart?: () => void }>(undefined, () => import('../features/lock/LockScreen').then((m) => ({ default: m.LockScreen })), ['vault']);

/** Loads the lock screen before the first render when the vault exists (see main.tsx). */
export const preloadLockScreen = LockScreen.preload;

/** The vault's strings load only here (rare), so the first run's path never waits for them. */
function Unavailable() {
  const { t } = useTranslation(['common', 'vault']);
  return (
    <Page title={t('unavailable.title')} lead={t('unavailable.body')}>
      <p>{t(`vault:error.${getUnavailableReason() ?? 'no-indexeddb'}`)}</p>
      <p>{t('unavailable.help')}</p>
      <LinkButton variant="crisis" to="/help">
        {t('actions.get-help')}
      </LinkButton>
    </Page>
  );
}

/**
 * Private screens render only while the vault is unlocked. When it locks, the outlet unmounts,
 * so nothing decrypted stays in the page.
 */
export function VaultGate() {
  const { t } = useTranslation('common');
  const status = useVaultStatus();
  const { pathname } = useLocation();
  switch (status) {
    case 'checking':
      return <p className="status-screen" role="status">{t('app.loading')}</p>;
    case 'unavailable':
      return <Unavailable />;
    case 'none':
      return <Navigate to="/welcome" replace />;
    case 'locked':
      return <LockScreen onUnlockStart={() => preloadScreenAt(pathname)} />;
    case 'unlocked':
      return <Outlet />;
  }
}
