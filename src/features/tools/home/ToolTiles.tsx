/**
 * The three tools as big tiles on home, one tap away, named without the topic (the urge-surf
 * timer is "Guided timer" here).
 */
import { Layers, LifeBuoy, Timer, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './toolTiles.css';

const TILES: { id: 'surf' | 'cards' | 'plan'; to: string; icon: LucideIcon }[] = [
  { id: 'surf', to: '/tools/surf', icon: Timer },
  { id: 'cards', to: '/tools/cards/read', icon: Layers },
  { id: 'plan', to: '/tools/plan', icon: LifeBuoy },
];

export function ToolTiles() {
  const { t } = useTranslation('tools');
  return (
    <section className="home-tools" aria-labelledby="home-tools-heading">
      <h2 id="home-tools-heading">{t('today.label')}</h2>
      <nav aria-labelledby="home-tools-heading">
        <ul className="home-tools__tiles">
          {TILES.map(({ id, to, icon: Icon }) => (
            <li key={id}>
              <Link to={to} className="home-tools__tile">
                <Icon aria-hidden="true" focusable="false" className="home-tools__icon" />
                <span>{t(`today.${id}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
