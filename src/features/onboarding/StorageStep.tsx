/**
 * Asks the browser to keep Polku's data (persistent storage) and says what happened. When the
 * answer is no, or on an iPhone/iPad Safari tab, it says plainly that data can be lost and that
 * backups are the only copy.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersistResult } from '../../storage/persistence';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import '../../ui/fields.css';

export function StorageStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['onboarding', 'vault']);
  const [result, setResult] = useState<PersistResult | undefined>();
  const [ios, setIos] = useState(false);

  useEffect(() => {
    let live = true;
    void import('../../storage/persistence').then(async ({ requestPersistentStorage, isIosBrowserTab }) => {
      const answer = await requestPersistentStorage();
      if (!live) return;
      setIos(isIosBrowserTab());
      setResult(answer);
    });
    return () => {
      live = false;
    };
  }, []);

  const atRisk = result === 'denied' || result === 'unsupported' || ios;
  return (
    <Page title={t('onboarding.storage.title')}>
      <p role="status">{result ? t(`onboarding.storage.${result}`) : t('onboarding.storage.asking')}</p>
      {ios ? <p className="notice notice--warning">{t('onboarding.storage.ios')}</p> : null}
      <p className={atRisk ? 'notice notice--warning' : 'notice'} data-testid="backup-warning">
        {t('onboarding.storage.backup')}
      </p>
      <p>{t('onboarding.storage.install')}</p>
      <div className="page__actions">
        <Button variant="primary" onClick={onDone} disabled={!result}>
          {t('onboarding.storage.start')}
        </Button>
      </div>
    </Page>
  );
}
