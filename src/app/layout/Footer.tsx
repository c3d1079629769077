import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguagePicker } from './LanguagePicker';

/**
 * The language picker lives here on every screen (public pages and the lock screen included), out
 * of the top bar so that bar stays one compact row on a phone. The links wait while first run shows
 * the recovery code (see AppLayout).
 */
export function Footer({ links = true }: { links?: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <LanguagePicker />
      <p>{t('footer.privacy')}</p>
      {links ? (
        <nav aria-label={t('nav.more-label')}>
          <ul className="app-footer__links">
            <li>
              <Link to="/help/family">{t('nav.family')}</Link>
            </li>
            <li>
              <Link to="/help/professionals">{t('nav.professionals')}</Link>
            </li>
            <li>
              <Link to="/research">{t('nav.research')}</Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </footer>
  );
}
