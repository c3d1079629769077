/**
 * Asks the browser to keep Polku's data (persistent storage) and says calmly what that means, in
 * plain words and without alarm colours: the data lives only on this device, so a backup from time
 * to time keeps a copy safe (on an iPhone/iPad Safari tab, also how to keep it from being cleared).
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

  return (
    <Page title={t('onboarding.storage.title')}>
      <p role="status">{result ? t(`onboarding.storage.${result}`) : t('onboarding.storage.asking')}</p>
      {ios ? <p className="notice">{t('onboarding.storage.ios')}</p> : null}
      <p className="notice" data-testid="backup-warning">
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
