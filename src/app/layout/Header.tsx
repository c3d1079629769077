import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClass } from '../../ui/Button';
import { lockVault } from '../../vault/vaultState';
import { quickExit } from '../quickExit';
import { useStickyWhileShort } from './useStickyWhileShort';

type HeaderProps = {
  unlocked: boolean;
  /** False on first run's last steps, where leaving would drop the recovery code being shown. */
  homeLink?: boolean;
};

/**
 * The compact top bar, sticky on every screen: "Get help now" and "Quick exit" always (the lock
 * screen included), "Lock" whenever the vault is open, so the person can close it the moment
 * someone comes near. Navigation lives in MainNav and the language picker in the footer, so the bar
 * stays one row on a phone. No icons here: the bar is on the lock screen's critical path.
 */
export function Header({ unlocked, homeLink = true }: HeaderProps) {
  const { t } = useTranslation();
  const bar = useStickyWhileShort<HTMLElement>();
  return (
    <header className="app-header" ref={bar}>
      <div className="app-header__bar">
        {homeLink ? (
          <Link to="/" className="app-header__name">
            {t('app.name')}
          </Link>
        ) : (
          <span className="app-header__name">{t('app.name')}</span>
        )}
        <div className="app-header__actions">
          <Link to="/help" className={buttonClass('crisis', 'button--compact')}>
            {t('actions.get-help')}
          </Link>
          <Button variant="quiet" className="button--compact" onClick={quickExit} aria-describedby="quick-exit-hint">
            {t('actions.quick-exit')}
          </Button>
          <span id="quick-exit-hint" className="visually-hidden">
            {t('actions.quick-exit-hint')}
          </span>
          {unlocked ? (
            <>
              <Button variant="quiet" className="button--compact" onClick={() => lockVault('user')} aria-describedby="lock-hint">
                {t('actions.lock')}
              </Button>
              <span id="lock-hint" className="visually-hidden">
                {t('actions.lock-hint')}
              </span>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
