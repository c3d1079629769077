/** Is the data persistent, how much space is used, and the iOS Safari-tab warning. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../storage/persistence';
import { Button } from '../../ui/Button';
import '../../ui/fields.css';

function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function StorageSection() {
  const { t, i18n } = useTranslation(['settings', 'vault']);
  const id = useId();
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const [ios, setIos] = useState(false);

  const refresh = async (ask: boolean) => {
    const { readStorageStatus, requestPersistentStorage, isIosBrowserTab } = await import('../../storage/persistence');
    if (ask) await requestPersistentStorage();
    setIos(isIosBrowserTab());
    setStatus(await readStorageStatus());
  };

  useEffect(() => {
    void refresh(false);
  }, []);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.storage.title')}</h2>
      {status ? (
        <>
          <p className={status.persisted === 'granted' ? 'notice notice--success' : 'notice notice--warning'}>{t(`settings.storage.${status.persisted}`)}</p>
          {status.usage !== undefined && status.quota !== undefined ? (
            <p>{t('settings.storage.usage', { used: formatBytes(status.usage, i18n.language), quota: formatBytes(status.quota, i18n.language) })}</p>
          ) : null}
          {status.persisted === 'denied' ? <Button onClick={() => void refresh(true)}>{t('settings.storage.ask')}</Button> : null}
        </>
      ) : null}
      {ios ? <p className="notice notice--warning">{t('settings.storage.ios')}</p> : null}
    </section>
  );
}
