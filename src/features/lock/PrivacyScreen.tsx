/**
 * An opaque cover shown the moment the page is hidden (tab switch, app switcher, screen off), so
 * the system's snapshot and a glance at the screen show nothing but the app's name. It lifts when
 * the page is visible again; if the grace period ran out meanwhile, the lock screen is underneath.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './lock.css';

export function PrivacyScreen() {
  // The common namespace is loaded before the first render, so the cover never waits for strings.
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(() => typeof document !== 'undefined' && document.visibilityState === 'hidden');

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    const onPageHide = () => setHidden(true);
    const onPageShow = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  if (!hidden) return null;
  return (
    <div className="privacy-screen" data-testid="privacy-screen" aria-hidden="true">
      <span>{t('app.name')}</span>
    </div>
  );
}
