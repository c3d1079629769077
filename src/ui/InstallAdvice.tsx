/**
 * How to install Polku here: the browser's own offer as a button where there is one, otherwise a
 * line for iOS Safari, Firefox or any other browser; nothing once it is installed. Shared by the
 * "Ready to use offline" note and the settings section, with its strings in their own small
 * namespace so neither loads the other's.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { askToInstall, installState, subscribeInstallOffer, type InstallState } from './installPrompt';

export function useInstallState(): InstallState {
  // The server snapshot is never used (no server rendering) but must not touch the browser.
  return useSyncExternalStore(subscribeInstallOffer, installState, () => 'other');
}

export function InstallAdvice() {
  const { t } = useTranslation('install');
  const state = useInstallState();
  if (state === 'offer') {
    return (
      <Button variant="secondary" onClick={() => void askToInstall()}>
        {t('button')}
      </Button>
    );
  }
  if (state === 'installed') return null;
  return <p>{t(state)}</p>;
}
