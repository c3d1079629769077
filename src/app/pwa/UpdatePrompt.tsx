import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockVault } from '../../vault/vaultState';
import { Button } from '../../ui/Button';
import { whenIdle } from '../../lib/whenIdle';
import { registerServiceWorker } from './registerServiceWorker';

/** "A new version is ready — Update": nothing changes until the person says so. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);

  useEffect(
    () =>
      whenIdle(() => {
        void registerServiceWorker((applyUpdate) => setApply(() => applyUpdate), lockVault).catch(() => {
          // Without a service worker Polku still works online; offline use is what is lost.
        });
      }),
    [],
  );

  if (!apply) return null;
  return (
    <div className="update-banner" role="status">
      <div className="update-banner__inner">
        <p>
          {t('update.ready')} {t('update.note')}
        </p>
        <Button variant="primary" onClick={apply}>
          {t('update.accept')}
        </Button>
        <Button variant="quiet" onClick={() => setApply(null)}>
          {t('update.later')}
        </Button>
      </div>
    </div>
  );
}
