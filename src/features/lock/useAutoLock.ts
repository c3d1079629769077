/**
 * Every lock trigger in one hook, mounted once by the layout:
 * - inactivity (default 5 min, from the lock preferences), except while a timer on screen holds it,
 * - the page hidden for longer than the grace period (default 30 s): the time it was hidden is
 *   recorded and checked again on return, because browsers that suspend hidden pages (iOS Safari,
 *   Android Chrome) never fire a timer set while hidden,
 * - pagehide / freeze (the tab is going away or into the back/forward cache),
 * - pageshow from the back/forward cache,
 * - a lock or wipe in another tab (BroadcastChannel, installed by initVault).
 * PRIVACY: on every lock, text fields are emptied before the decrypted screens unmount.
 */
import { useEffect } from 'react';
import { lockVault, subscribeVaultStatus, getVaultStatus } from '../../vault/vaultState';
import { getLockPrefs } from '../../vault/vaultState';
import { clearSensitiveFields } from '../../lib/clearSensitiveFields';
import { isIdleLockHeld } from '../../lib/idleLockHold';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;

export function useAutoLock(): void {
  useEffect(() => {
    let lastActivity = Date.now();
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    /** When the page was last hidden (Date.now()), or undefined while visible. */
    let hiddenAt: number | undefined;

    const armIdle = () => {
      clearTimeout(idleTimer);
      if (getVaultStatus() !== 'unlocked') return;
      const limit = getLockPrefs().autoLockMinutes * 60_000;
      if (isIdleLockHeld()) lastActivity = Date.now();
      const left = lastActivity + limit - Date.now();
      if (left <= 0) {
        lockVault('idle');
        return;
      }
      idleTimer = setTimeout(armIdle, left);
    };

    const onActivity = () => {
      lastActivity = Date.now();
    };

    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      const grace = getLockPrefs().hiddenGraceSeconds * 1000;
      if (document.visibilityState !== 'hidden') {
        const wasHiddenAt = hiddenAt;
        hiddenAt = undefined;
        // The timer below may never have run (a suspended page): decide from the clock.
        if (wasHiddenAt !== undefined && Date.now() - wasHiddenAt >= grace) {
          lockVault('hidden');
          return;
        }
        armIdle();
        return;
      }
      hiddenAt = Date.now();
      if (grace === 0) lockVault('hidden');
      else hiddenTimer = setTimeout(() => lockVault('hidden'), grace);
    };

    const onPageHide = () => {
      clearSensitiveFields();
      lockVault('pagehide');
    };

    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) {
        clearSensitiveFields();
        lockVault('bfcache');
      }
    };

    const onStatus = () => {
      if (getVaultStatus() === 'unlocked') {
        lastActivity = Date.now();
        armIdle();
      } else {
        clearTimeout(idleTimer);
        clearTimeout(hiddenTimer);
        clearSensitiveFields();
      }
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('freeze', onPageHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    const unsubscribe = subscribeVaultStatus(onStatus);
    armIdle();

    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('freeze', onPageHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      unsubscribe();
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
    };
  }, []);
}
