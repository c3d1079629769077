import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PrivacyScreen } from '../../features/lock/PrivacyScreen';
import { useAutoLock } from '../../features/lock/useAutoLock';
import { installQuickExitShortcut } from '../quickExit';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { useVaultStatus } from '../useVaultStatus';
import { Footer } from './Footer';
import { Header } from './Header';
import './layout.css';

// Only ever shown once unlocked, so it stays off the lock screen's critical path.
const RecoveryReminder = lazy(() => import('../../features/lock/RecoveryReminder').then((m) => ({ default: m.RecoveryReminder })));
// The main navigation (and its icons) likewise: it appears only while the vault is open.
const MainNav = lazy(() => import('./MainNav'));

export function AppLayout() {
  const { t } = useTranslation();
  // Where the 'Ready to use offline' note goes: after the page's content, never above it.
  const [noteSlot, setNoteSlot] = useState<HTMLElement | null>(null);
  const status = useVaultStatus();
  useAutoLock();
  useEffect(() => installQuickExitShortcut(), []);
  const { pathname } = useLocation();
  // Every route change starts at the top (the new screen's heading takes focus without scrolling).
  // Braces: Chromium 156 makes scrollTo return a promise, which React would take for a cleanup
  // function and crash on the next route change ("destroy is not a function").
  // Not on the first render: a page that has just loaded is at the top, and scrollTo would force the
  // first layout inside React's commit, lengthening the longest task of a cold start.
  const loaded = useRef(false);
  useLayoutEffect(() => {
    if (loaded.current) window.scrollTo(0, 0);
    loaded.current = true;
  }, [pathname]);

  const unlocked = status === 'unlocked';
  // First run finishes its steps before the areas are offered: once the vault exists there, the
  // recovery code is on screen until it is confirmed, and a link away would drop it for good (the
  // person would learn it only from the reminder to make a new one). So there the header's name is
  // not a link and the footer's links wait too; Get help now and Quick exit stay, as everywhere.
  const firstRunOpen = unlocked && pathname.startsWith('/welcome');
  const showNav = unlocked && !firstRunOpen;
  return (
    <div className={showNav ? 'app app--with-nav' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skip-to-content')}
      </a>
      <Header unlocked={unlocked} homeLink={!firstRunOpen} />
      <UpdatePrompt noteSlot={noteSlot} />
      <div className="app-body">
        {showNav ? (
          <Suspense fallback={null}>
            <MainNav />
          </Suspense>
        ) : null}
        <main id="main" className="app-main">
          {unlocked ? (
            <Suspense fallback={null}>
              <RecoveryReminder unlocked />
            </Suspense>
          ) : null}
          {/* Screens fetch their strings on first use; the header stays usable meanwhile. */}
          <Suspense fallback={<p className="status-screen" role="status">{t('app.loading')}</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <div ref={setNoteSlot} className="app-notes" />
      <Footer links={!firstRunOpen} />
      <PrivacyScreen />
    </div>
  );
}
