import { useTranslation } from 'react-i18next';
import { recentSessions, surfStore } from '../data/surfSessions';
import { useRecords } from '../hooks/useRecords';

/** The last few sessions, newest first, with the day in the language's own date format. */
export function SurfHistory() {
  const { t, i18n } = useTranslation('tools');
  const loaded = useRecords(surfStore);
  if (loaded.status !== 'ready') return null;
  const sessions = recentSessions(loaded.records, 5);
  if (sessions.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { day: 'numeric', month: 'long', year: 'numeric' });
  const rated = (value: number | null) => (value === null ? t('surf.not-rated') : String(value));
  return (
    <section className="tools-history" aria-labelledby="tools-history-title">
      <h2 id="tools-history-title">{t('surf.history')}</h2>
      <ul>
        {sessions.map((s) => {
          const [y, m, d] = s.day.split('-').map(Number) as [number, number, number];
          const date = format.format(new Date(y, m - 1, d));
          return (
            <li key={s.id}>
              {t('surf.history-item', { date, minutes: s.minutes, before: rated(s.before), after: rated(s.after) })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
