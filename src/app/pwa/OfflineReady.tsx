/**
 * The quiet note once Polku is cached on this device, with the way to install it: the browser's
 * own offer where there is one, otherwise a line for iOS Safari or Firefox (src/ui/InstallAdvice,
 * shared with the settings section).
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { InstallAdvice } from '../../ui/InstallAdvice';
import './offline.css';

export default function OfflineReady({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['onboarding', 'install']);
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
