import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Button } from '../../ui/Button';
import { lockVault } from '../../vault/vaultState';
import { quickExit } from '../quickExit';
import { LanguagePicker } from './LanguagePicker';

type HeaderProps = { showNav: boolean };

/**
 * "Get help now" and "Quick exit" are on every screen, the lock screen included; "Lock" whenever
 * the vault is open, so the person can close it the moment someone comes near.
 */
export function Header({ showNav }: HeaderProps) {
  const { t } = useTranslation();
  const links = [
    { to: '/', label: t('nav.today'), end: true },
    { to: '/course', label: t('nav.course'), end: false },
    { to: '/tracker', label: t('nav.tracker'), end: false },
    { to: '/tools', label: t('nav.tools'), end: false },
    { to: '/settings', label: t('nav.settings'), end: false },
  ];
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to="/" className="app-header__name">
          {t('app.name')}
        </Link>
        <div className="app-header__actions">
          <Link to="/help" className="button button--crisis">
            {t('actions.get-help')}
          </Link>
          <Button variant="quiet" onClick={quickExit} aria-describedby="quick-exit-hint">
            {t('actions.quick-exit')}
          </Button>
          <span id="quick-exit-hint" className="visually-hidden">
            {t('actions.quick-exit-hint')}
          </span>
          {showNav ? (
            <>
              <Button variant="quiet" onClick={() => lockVault('user')} aria-describedby="lock-hint">
                {t('actions.lock')}
              </Button>
              <span id="lock-hint" className="visually-hidden">
                {t('actions.lock-hint')}
              </span>
            </>
          ) : null}
        </div>
      </div>
      <div className="app-header__bar app-header__bar--second">
        {showNav ? (
          <nav aria-label={t('nav.label')}>
            <ul className="app-nav">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <span />
        )}
        <LanguagePicker />
      </div>
    </header>
  );
}
