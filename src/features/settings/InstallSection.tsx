/**
 * Installing Polku from settings: the same offer or instructions as the "Ready to use offline"
 * note (src/ui/InstallAdvice), for a person who closed that note or never saw it. Once Polku runs
 * as the installed app, or was just installed from this tab, it only says so.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InstallAdvice, useInstallState } from '../../ui/InstallAdvice';
import { listenForInstallOffer } from '../../ui/installPrompt';

export function InstallSection() {
  const { t } = useTranslation('install');
  const id = useId();
  const state = useInstallState();
  // The shell listens from its start; this is a no-op then, and covers a settings screen opened first.
  useEffect(() => listenForInstallOffer(), []);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      {state === 'installed' ? (
        <p className="notice notice--success">{t('settings.installed')}</p>
      ) : (
        <>
          <p>{t('settings.intro')}</p>
          <InstallAdvice />
        </>
      )}
    </section>
  );
}
