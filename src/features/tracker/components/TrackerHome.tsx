/**
 * The tracker's overview: today's check-in, "days since" and this week's counts (never a streak),
 * a compassionate note after a reported lapse, the weekly review, questionnaires and when they are
 * due, the charts (a lazy chunk) and the recent check-ins with a way to edit each.
 */
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { lazyWithPreload } from '../../../ui/lazyWithPreload';
import { Page } from '../../../ui/Page';
import { DEFAULT_SETTINGS, settingsWith, trackerSettingsStore, type QuestionnaireRecord } from '../data/questionnaireRecord';
import type { TrackerData } from '../data/useTrackerData';
import { isoWeekKey, todayIso } from '../model/dates';
import { setEditTarget } from '../model/editTarget';
import { FREQUENCY_WEEKS, MEASURES, dueOn, scoreOf, type Measure } from '../model/questionnaires';
import { baseline, summariseUse, weeklySummaries } from '../model/weekly';
import { RadioChoices } from './Choices';
import { formatDay, formatNumber } from './format';
import { ScoreText } from './ScoreText';

// The charts are on the tracker's first screen: their chunk starts loading with the tracker's own,
// so the overview never waits on a "Loading charts" placeholder that React would hold for 300 ms.
const TrackerCharts = lazyWithPreload(() => import('./TrackerCharts'));
void TrackerCharts.preload().catch(() => undefined);

/** Check-ins listed in the history (older ones stay in the charts' tables and the vault). */
export const HISTORY_DAYS = 14;

function latestOf(questionnaires: ReadonlyMap<string, QuestionnaireRecord>, measure: Measure): QuestionnaireRecord | undefined {
  let latest: QuestionnaireRecord | undefined;
  for (const q of questionnaires.values()) if (q.measure === measure && (!latest || q.date > latest.date)) latest = q;
  return latest;
}

export function TrackerHome({ data }: { data: TrackerData }) {
  const { t, i18n } = useTranslation('tracker');
  const lang = i18n.language;
  const navigate = useNavigate();
  const today = todayIso();
  const todays = data.checkins.get(today);
  const summary = summariseUse(data.checkins, today);
  const weeks = useMemo(() => weeklySummaries(data.checkins, today), [data.checkins, today]);
  const base = useMemo(() => baseline(weeks), [weeks]);
  const history = useMemo(() => [...data.checkins.values()].sort((a, b) => b.date.localeCompare(a.date)).slice(0, HISTORY_DAYS), [data.checkins]);
  const settings = data.settings.get('main') ?? DEFAULT_SETTINGS;
  const reviewDone = data.weekly.has(isoWeekKey(today));
  const questionnaires = useMemo(() => [...data.questionnaires.values()], [data.questionnaires]);

  const edit = (date: string) => {
    setEditTarget(date);
    void navigate('/tracker/today');
  };

  return (
    <Page title={t('title')} lead={t('lead')}>
      <section className="card tracker-today" aria-labelledby="tracker-today">
        <h2 id="tracker-today">{t('home.today')}</h2>
        <p>{todays ? t('home.checked-in') : t('home.not-yet')}</p>
        <LinkButton variant="primary" to="/tracker/today">
          {todays ? t('home.edit-today') : t('home.check-in')}
        </LinkButton>
      </section>

      <section aria-labelledby="tracker-weeks">
        <h2 id="tracker-weeks">{t('home.your-weeks')}</h2>
        <ul className="tracker-figures">
          <li>
            {summary.daysSinceLastUse === undefined
              ? t('home.no-use-reported')
              : t('home.days-since', { count: summary.daysSinceLastUse, days: formatNumber(summary.daysSinceLastUse, lang) })}
          </li>
          <li>{t('home.this-week', { checkins: formatNumber(summary.thisWeek.checkins, lang), useDays: formatNumber(summary.thisWeek.useDays, lang) })}</li>
        </ul>
        {summary.recentLapse ? (
          <div className="card tracker-lapse">
            <p>{t('lapse.message')}</p>
            <Link to="/course/m12">{t('lapse.link')}</Link>
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="tracker-weekly">
        <h2 id="tracker-weekly">{t('home.weekly')}</h2>
        <p>{reviewDone ? t('home.weekly-done') : t('home.weekly-hint')}</p>
        <LinkButton to="/tracker/week">{reviewDone ? t('home.weekly-edit') : t('home.weekly-open')}</LinkButton>
      </section>

      <section aria-labelledby="tracker-q">
        <h2 id="tracker-q">{t('home.questionnaires')}</h2>
        <ul className="tracker-q-list">
          {MEASURES.map((measure) => {
            const latest = latestOf(data.questionnaires, measure);
            const due = dueOn(latest?.date, settings.questionnaireWeeks, today);
            return (
              <li key={measure} className="card">
                <h3>{t(`q.${measure}.name`)}</h3>
                {latest ? (
                  <p>
                    {t('home.last', { day: formatDay(latest.date, lang) })} <ScoreText measure={measure} score={scoreOf(measure, latest.answers)} />
                    {latest.difficulty !== undefined ? ` · ${t('q.phq9.difficulty.shown', { answer: t(`q.phq9.difficulty.options.${latest.difficulty}`) })}` : null}
                  </p>
                ) : null}
                <p>{due <= today ? <strong>{t('home.due-now')}</strong> : t('home.due-on', { day: formatDay(due, lang) })}</p>
                <LinkButton to={`/tracker/q/${measure}`}>{t('home.fill-in', { name: t(`q.${measure}.short`) })}</LinkButton>
              </li>
            );
          })}
        </ul>
        <RadioChoices
          legend={t('home.how-often')}
          options={FREQUENCY_WEEKS}
          value={settings.questionnaireWeeks}
          onChange={(weeks) => void trackerSettingsStore.save(settingsWith(weeks)).catch(() => undefined)}
          labelOf={(weeks) => t('home.every-weeks', { count: weeks })}
        />
      </section>

      <section aria-labelledby="tracker-charts">
        <h2 id="tracker-charts">{t('home.charts')}</h2>
        {weeks.length === 0 && questionnaires.length === 0 ? (
          <p>{t('home.no-charts')}</p>
        ) : (
          <Suspense fallback={<p role="status">{t('home.charts-loading')}</p>}>
            <TrackerCharts weeks={weeks} baseline={base} questionnaires={questionnaires} />
          </Suspense>
        )}
      </section>

      <section aria-labelledby="tracker-history">
        <h2 id="tracker-history">{t('home.history')}</h2>
        {history.length === 0 ? (
          <p>{t('home.no-history')}</p>
        ) : (
          <ul className="tracker-history">
            {history.map((c) => (
              <li key={c.date} className="tracker-history__item">
                <div>
                  <h3 className="tracker-history__day">{formatDay(c.date, lang)}</h3>
                  <p>
                    {[
                      c.used ? t(`history.used.${c.used}`) : null,
                      c.urge !== null ? t('history.urge', { value: formatNumber(c.urge, lang) }) : null,
                      c.mood !== null ? t('history.mood', { value: formatNumber(c.mood, lang) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || t('history.some')}
                  </p>
                </div>
                <Button onClick={() => edit(c.date)}>
                  {t('history.edit')}
                  <span className="visually-hidden">: {formatDay(c.date, lang)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
