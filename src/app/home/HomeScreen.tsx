/**
 * Home (`/`, behind the vault): where the person is in the programme, today's check-in, the tools
 * one tap away, what they did recently, the ways to "My plan" and "My notes", and a reminder when a
 * backup is due. Composed here from each feature's small home widget, as features never import each other. PRIVACY: home never
 * names the topic and never shows the person's own words, so a glance tells a passer-by nothing.
 */
import { NotebookPen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CourseProgressCard } from '../../features/course/home/CourseProgressCard';
import { BackupReminder } from '../../features/settings/home/BackupReminder';
import { ToolTiles } from '../../features/tools/home/ToolTiles';
import { TodayCheckinCard } from '../../features/tracker/home/TodayCheckinCard';
import { Page } from '../../ui/Page';
import { RecentActivity } from './RecentActivity';
import './home.css';

export default function HomeScreen() {
  // Every namespace the widgets use, asked for at once: one wait instead of one per widget.
  const { t } = useTranslation(['home', 'course', 'tools', 'tracker']);
  return (
    <Page title={t('home:title')}>
      <div className="home-grid">
        <CourseProgressCard />
        <TodayCheckinCard />
      </div>
      <ToolTiles />
      <div className="home-grid">
        <RecentActivity />
        <section className="card" aria-labelledby="home-notes-heading">
          <h2 id="home-notes-heading">{t('home:notes.heading')}</h2>
          <p>{t('home:notes.body')}</p>
          <p>
            <Link to="/notes" className="home-notes-link">
              <NotebookPen aria-hidden="true" focusable="false" className="home-notes-link__icon" />
              {t('home:notes.link')}
            </Link>
          </p>
        </section>
      </div>
      <BackupReminder />
    </Page>
  );
}
