import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { lockVault } from '../../vault/vaultState';
import { Button } from '../../ui/Button';
import { whenIdle } from '../../lib/whenIdle';

// Shown once per device, after the first caching: off every first screen's critical path.
const OfflineReady = lazy(() => import('./OfflineReady'));

/**
 * "A new version is ready — Update": nothing changes until the person says so. Also, once the
 * service worker controls the page, caches what first run needs and says "Ready to use offline"
 * the first time.
 */
export function UpdatePrompt({ noteSlot }: { noteSlot: HTMLElement | null }) {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [offlineNote, setOfflineNote] = useState(false);

  useEffect(
    () =>
      whenIdle(() => {
        void import('./serviceWorkerSetup')
          .then((m) =>
            m.setUpServiceWorker({
              onUpdateReady: (applyUpdate) => setApply(() => applyUpdate),
              beforeUpdate: lockVault,
              onOfflineReady: () => setOfflineNote(true),
            }),
          )
          .catch(() => {
            // Without a service worker Polku still works online; offline use is what is lost.
          });
      }),
    [],
  );

  // The note goes after the page's content (noteSlot): it arrives a moment after the first screen,
  // and inserted above it, it pushed that screen down under the person's finger.
  const note =
    offlineNote && noteSlot
      ? createPortal(
          <Suspense fallback={null}>
            <OfflineReady onClose={() => setOfflineNote(false)} />
          </Suspense>,
          noteSlot,
        )
      : null;
  if (!apply) return note;
  return (
    <>
      {note}
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
    </>
  );
}
