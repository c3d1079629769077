import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page';
import { RemindersSection } from '../components/RemindersSection';

const TILES = [
  { id: 'surf', to: '/tools/surf' },
  { id: 'cards', to: '/tools/cards' },
  { id: 'plan', to: '/tools/plan' },
] as const;

/** The tools page: one big tile per tool, then calendar reminders. */
export function ToolsHome() {
  const { t } = useTranslation('tools');
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <nav aria-label={t('home.tiles-label')}>
        <ul className="tools-tiles">
          {TILES.map((tile) => (
            <li key={tile.id}>
              <Link to={tile.to} className="tools-tile">
                <span className="tools-tile__title">{t(`home.${tile.id}.title`)}</span>
                <span className="tools-tile__body">{t(`home.${tile.id}.body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RemindersSection />
    </Page>
  );
}
