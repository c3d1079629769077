/**
 * The quiet note once Polku is cached on this device, with the way to install it: the browser's
 * own offer where there is one, otherwise two lines for iOS Safari or Firefox.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { askToInstall, hasInstallOffer, installHelp, subscribeInstallOffer } from './installPrompt';
import './offline.css';

export function InstallAdvice() {
  const { t } = useTranslation('onboarding');
  const offered = useSyncExternalStore(subscribeInstallOffer, hasInstallOffer, () => false);
  if (offered) {
    return (
      <Button variant="secondary" onClick={() => void askToInstall()}>
        {t('install.button')}
      </Button>
    );
  }
  const help = installHelp();
  if (help === 'installed') return null;
  return <p className="offline-ready__help">{t(`install.${help}`)}</p>;
}

export default function OfflineReady({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('onboarding');
  return (
    <div className="offline-ready" role="status">
      <p className="offline-ready__title">{t('install.ready')}</p>
      <InstallAdvice />
      <Button variant="quiet" onClick={onClose}>
        {t('install.close')}
      </Button>
    </div>
  );
}
