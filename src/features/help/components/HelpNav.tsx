import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const PAGES = ['services', 'finder', 'family', 'professionals', 'harmed', 'youth'] as const;

/** The other help pages, each with a line on what it is for. */
export function HelpNav({ current }: { current?: (typeof PAGES)[number] }) {
  const { t } = useTranslation('help');
  return (
    <nav className="help-nav" aria-label={t('nav.label')}>
      <ul>
        {PAGES.filter((page) => page !== current).map((page) => (
          <li key={page}>
            <Link to={`/help/${page}`} className="help-nav__link">
              <span className="help-nav__title">{t(`nav.${page}`)}</span>
              <span className="help-nav__hint">{t(`nav.${page}-hint`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
