/** The tables of the researcher page, each a plain HTML table that may scroll sideways on its own. */
import { useTranslation } from 'react-i18next';
import type { LogRow } from '../../../research/aggregate';
import type { FeedbackRow, StratumRow, WeeklyRow } from '../../../research/tables';

export type Formats = { share: (n: number) => string; count: (n: number) => string };

function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="research__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function WeeklyTable({ rows, f }: { rows: readonly WeeklyRow[]; f: Formats }) {
  const { t } = useTranslation('research');
  const hidden = t('hidden');
  const item = (id: string) => (id === 'useDaysBand' ? t('weekly.use') : t('weekly.urge'));
  return (
    <Scroll label={t('weekly.table')}>
      <table>
        <caption>{t('weekly.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.week')}</th>
            <th scope="col">{t('col.item')}</th>
            <th scope="col">{t('col.code')}</th>
            <th scope="col">{t('col.n')}</th>
            <th scope="col">{t('col.observed')}</th>
            <th scope="col">{t('col.estimate')}</th>
            <th scope="col">{t('col.ci')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.study_id}${r.iso_week}${r.item_id}${r.code}`}>
              <td>{r.iso_week}</td>
              <td>{item(r.item_id)}</td>
              <td>{r.code}</td>
              <td>{r.n_reports === null ? hidden : f.count(r.n_reports)}</td>
              <td>{r.observed === null ? hidden : f.count(r.observed)}</td>
              <td>{r.est_share === null ? hidden : f.share(r.est_share)}</td>
              <td>{r.ci_low === null || r.ci_high === null ? hidden : `${f.share(r.ci_low)} – ${f.share(r.ci_high)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function FeedbackTable({ rows, f }: { rows: readonly FeedbackRow[]; f: Formats }) {
  const { t } = useTranslation('research');
  const hidden = t('hidden');
  return (
    <Scroll label={t('feedback.table')}>
      <table>
        <caption>{t('feedback.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.question')}</th>
            <th scope="col">{t('col.answer')}</th>
            <th scope="col">{t('col.answered')}</th>
            <th scope="col">{t('col.count')}</th>
            <th scope="col">{t('col.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.study_id}${r.item_id}${r.value}`}>
              <td>{r.item_id}</td>
              <td>{r.value}</td>
              <td>{r.n_answered === null ? hidden : f.count(r.n_answered)}</td>
              <td>{r.count === null ? hidden : f.count(r.count)}</td>
              <td>{r.share === null ? hidden : f.share(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function StrataTable({ rows, f }: { rows: readonly StratumRow[]; f: Formats }) {
  const { t } = useTranslation('research');
  return (
    <Scroll label={t('strata.heading')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col.language')}</th>
            <th scope="col">{t('col.exports')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.study_id}${r.language}`}>
              <td>{r.language}</td>
              <td>{r.n_exports === null ? t('hidden') : f.count(r.n_exports)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function NotCounted({ log }: { log: readonly LogRow[] }) {
  const { t } = useTranslation('research');
  const rows = log.filter((r) => r.outcome !== 'accepted');
  if (rows.length === 0) return <p>{t('rejected.none')}</p>;
  return (
    <Scroll label={t('rejected.heading')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col.file')}</th>
            <th scope="col">{t('col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 500).map((r) => (
            <tr key={r.fileIndex}>
              <td>{r.fileIndex}</td>
              <td>
                {r.outcome === 'rejected' && r.reason ? t(`rejected.reason.${r.reason}`) : t(`rejected.outcome.${r.outcome as 'duplicate'}`)}
                {r.detail && r.outcome === 'rejected' ? ` (${r.detail})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
