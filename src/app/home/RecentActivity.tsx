/**
 * Home's "recently": the last few things the person did across the course, tracker and tools,
 * each by kind and day and opening in its place. PRIVACY: labels come from the features' activity
 * providers, which never include the person's words or a topic word.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCourseActivity } from '../../features/course/home/useCourseActivity';
import { useToolActivity } from '../../features/tools/home/useToolActivity';
import { useTrackerActivity } from '../../features/tracker/home/useTrackerActivity';
import { localDayOf, type ActivityItem } from '../../lib/noteItem';

/** How many items home lists. */
export const RECENT_COUNT = 4;

/** Pure: the newest items by day (then by time where known), at most `count`. */
export function mergeActivity(lists: readonly (readonly ActivityItem[])[], count: number): ActivityItem[] {
  return lists
    .flat()
    .sort((a, b) => (a.day !== b.day ? b.day.localeCompare(a.day) : (b.at ?? 0) - (a.at ?? 0)))
    .slice(0, count);
}

function useDayName(): (day: string) => string {
  const { t, i18n } = useTranslation('home');
  const today = localDayOf(Date.now());
  const yesterday = localDayOf(Date.now() - 86_400_000);
  const format = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' });
  return (day) => {
    if (day === today) return t('recent.today');
    if (day === yesterday) return t('recent.yesterday');
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return format.format(new Date(y, m - 1, d));
  };
}

export function RecentActivity() {
  const { t } = useTranslation('home');
  const dayName = useDayName();
  const course = useCourseActivity(RECENT_COUNT);
  const tracker = useTrackerActivity(RECENT_COUNT);
  const tools = useToolActivity(RECENT_COUNT);
  const loading = !course || !tracker || !tools;
  const items = loading ? [] : mergeActivity([course, tracker, tools], RECENT_COUNT);
  return (
    <section className="card" aria-labelledby="home-recent-heading">
      <h2 id="home-recent-heading">{t('recent.heading')}</h2>
      {loading ? (
        <p role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('recent.none')}</p>
      ) : (
        <ul className="home-recent">
          {items.map((item) => (
            <li key={item.key}>
              <Link to={item.href}>{item.label}</Link> <span className="home-recent__day">{dayName(item.day)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
