/** The dry-run summary of a backup before restoring: entries, date range, modules, kinds of entries. */
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../vault/backupPayload';
import { formatDay } from '../../ui/formatDay';

const KNOWN = ['course-answers', 'course-progress', 'help-shortlists', 'tracker-checkins', 'tracker-weekly', 'tracker-questionnaires', 'tracker-settings', 'tools-cards', 'tools-surf', 'tools-plan'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (name: string): name is Known => (KNOWN as readonly string[]).includes(name);

export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  const { t, i18n } = useTranslation(['vault', 'backup']);
  const groups = new Map<string, number>();
  for (const [name, count] of Object.entries(summary.collections)) {
    const key = isKnown(name) ? name : 'other';
    groups.set(key, (groups.get(key) ?? 0) + count);
  }
  return (
    <div data-testid="backup-summary">
      <h3>{t('backup:summary-title')}</h3>
      <p>
        {t('backup:entries', { count: summary.entries })}
        {summary.from && summary.to ? ` ${t('backup:range', { from: formatDay(summary.from, i18n.language), to: formatDay(summary.to, i18n.language) })}` : ''}
      </p>
      <ul>
        {[...groups].map(([key, count]) => (
          <li key={key}>
            {t(`backup:collections.${key as Known | 'other'}`)}: {count}
          </li>
        ))}
      </ul>
      {summary.modules.length > 0 ? <p>{t('backup:modules', { list: summary.modules.map((m) => Number(m.slice(1))).join(', ') })}</p> : null}
    </div>
  );
}
