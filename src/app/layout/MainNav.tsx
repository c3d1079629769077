import { BookOpen, ChartLine, House, Settings, Wrench, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

type Area = { to: string; key: 'today' | 'course' | 'tracker' | 'tools' | 'settings'; icon: LucideIcon; end: boolean };

/** Only areas that work appear here (no placeholder screens). */
const AREAS: Area[] = [
  { to: '/', key: 'today', icon: House, end: true },
  { to: '/course', key: 'course', icon: BookOpen, end: false },
  { to: '/tracker', key: 'tracker', icon: ChartLine, end: false },
  { to: '/tools', key: 'tools', icon: Wrench, end: false },
  { to: '/settings', key: 'settings', icon: Settings, end: false },
];

/**
 * The main areas: a bottom tab bar on phones (in thumb reach, always on screen) and a side
 * navigation on wider screens; the same links, so keyboard and screen-reader users meet one
 * "Main" landmark. NavLink marks the current area with aria-current="page". Loaded only once the
 * vault is open, so its icons stay off the lock screen's critical path.
 */
export default function MainNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="app-nav__list">
        {AREAS.map(({ to, key, icon: Icon, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className="app-nav__link">
              <Icon aria-hidden="true" focusable="false" className="app-nav__icon" />
              <span className="app-nav__label">{t(`nav.${key}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
