/**
 * After an unlock: if the last recovery code shown was never confirmed (the vault locked, or the
 * screen crashed, while it was on screen), the code is gone for good, so ask for a new one.
 * Hidden on first run, where the code is being shown.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LinkButton } from '../../ui/LinkButton';
import { isRecoveryCodePending } from '../../storage/vaultActions';

export function RecoveryReminder({ unlocked }: { unlocked: boolean }) {
  const { t } = useTranslation('recovery');
  const { pathname } = useLocation();
  const [pending, setPending] = useState(false);
  const onFirstRun = pathname.startsWith('/welcome');
  const onSettings = pathname.startsWith('/settings');

  useEffect(() => {
    let live = true;
    if (!unlocked || onFirstRun) {
      setPending(false);
      return;
    }
    void isRecoveryCodePending()
      .then((value) => live && setPending(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [unlocked, onFirstRun, pathname]);

  if (!pending || !unlocked || onFirstRun) return null;
  return (
    // Not a heading: it sits above the screen's own h1.
    <div className="notice notice--warning" role="status" data-testid="recovery-reminder">
      <p>
        <strong>{t('recovery-reminder.title')}</strong>
      </p>
      <p>{t('recovery-reminder.body')}</p>
      {onSettings ? null : (
        <LinkButton variant="primary" to="/settings" replace>
          {t('recovery-reminder.action')}
        </LinkButton>
      )}
    </div>
  );
}
