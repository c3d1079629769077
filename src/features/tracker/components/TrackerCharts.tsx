/**
 * The tracker's charts, loaded lazily (never on the lock screen's path): weekly days with use,
 * urge intensity and mood (weekly means, with the first weeks as a dashed baseline), and
 * questionnaire totals over time. Hand-sized SVG with d3-scale and d3-shape (small, well kept,
 * no DOM access of their own): role="img" with a title and description, and every chart has a
 * table alternative with the same figures in the language's date and number formats.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireRecord } from '../data/questionnaireRecord';
import { DEFINITIONS, MEASURES, scoreOf } from '../model/questionnaires';
import type { WeekSummary } from '../model/weekly';
import { formatNumber, formatShortDay } from './format';
import './charts.css';

const W = 320;
const H = 160;
const M = { top: 10, right: 8, bottom: 24, left: 28 };
/** Weeks shown in the weekly charts (the table lists the same weeks). */
export const CHART_WEEKS = 26;
/** Latest questionnaires in the totals chart and its table. */
export const QUESTIONNAIRES_SHOWN = 30;

export type ChartsProps = {
  weeks: readonly WeekSummary[];
  baseline: { urge: number | null; mood: number | null };
  questionnaires: readonly QuestionnaireRecord[];
};

function Figure({ title, desc, children, table }: { title: string; desc: string; children: ReactNode; table: ReactNode }) {
  const id = useId();
  const { t } = useTranslation('tracker');
  return (
    <figure className="tracker-chart">
      <figcaption id={`${id}-cap`} className="tracker-chart__title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="tracker-chart__svg" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {children}
      </svg>
      <details className="tracker-chart__table">
        <summary>{t('charts.table', { chart: title })}</summary>
        {/* Data tables may scroll sideways at large text sizes (WCAG 1.4.10); the page never does. */}
        <div className="tracker-chart__scroll" role="region" aria-label={title} tabIndex={0}>
          {table}
        </div>
      </details>
    </figure>
  );
}

function Axis({ y, ticks, format }: { y: (n: number) => number; ticks: number[]; format: (n: number) => string }) {
  return (
    <g className="tracker-chart__axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} className="tracker-chart__grid" />
          <text x={M.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

export default function TrackerCharts({ weeks, baseline, questionnaires }: ChartsProps) {
  const { t, i18n } = useTranslation('tracker');
  const lang = i18n.language;
  const shown = weeks.slice(-CHART_WEEKS);
  const num = (n: number | null) => (n === null ? t('charts.none') : formatNumber(n, lang));
  const day = (iso: string) => formatShortDay(iso, lang);
  const x = scaleBand<string>().domain(shown.map((w) => w.start)).range([M.left, W - M.right]).padding(0.2);
  const yDays = scaleLinear().domain([0, 7]).range([H - M.bottom, M.top]);
  const y10 = scaleLinear().domain([0, 10]).range([H - M.bottom, M.top]);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const span = first && last ? t('charts.span', { from: day(first.start), to: day(last.start) }) : '';

  const weekLine = (pick: (w: WeekSummary) => number | null) =>
    line<WeekSummary>()
      .defined((w) => pick(w) !== null)
      .x((w) => (x(w.start) ?? 0) + x.bandwidth() / 2)
      .y((w) => y10(pick(w) ?? 0))(shown) ?? '';

  const lineChart = (key: 'urge' | 'mood', pick: (w: WeekSummary) => number | null, base: number | null) => (
    <Figure
      title={t(`charts.${key}.title`)}
      desc={`${t(`charts.${key}.desc`)} ${span}${base === null ? '' : ` ${t('charts.baseline', { value: num(base) })}`}`}
      table={
        <table>
          <caption className="visually-hidden">{t(`charts.${key}.title`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.week')}</th>
              <th scope="col">{t(`charts.${key}.column`)}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => (
              <tr key={w.start}>
                <th scope="row">{day(w.start)}</th>
                <td>{num(pick(w))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Axis y={y10} ticks={[0, 5, 10]} format={(n) => formatNumber(n, lang)} />
      {base !== null ? <line className="tracker-chart__baseline" x1={M.left} x2={W - M.right} y1={y10(base)} y2={y10(base)} /> : null}
      <path className="tracker-chart__line" d={weekLine(pick)} />
      {shown.map((w) => {
        const v = pick(w);
        return v === null ? null : <circle key={w.start} className="tracker-chart__dot" cx={(x(w.start) ?? 0) + x.bandwidth() / 2} cy={y10(v)} r={2.5} />;
      })}
    </Figure>
  );

  const scored = questionnaires
    .map((q) => ({ q, score: scoreOf(q.measure, q.answers) }))
    .sort((a, b) => a.q.date.localeCompare(b.q.date))
    .slice(-QUESTIONNAIRES_SHOWN);
  const dates = [...new Set(scored.map((s) => s.q.date))];
  const xq = scalePoint<string>().domain(dates).range([M.left + 6, W - M.right - 6]);
  const yq = scaleLinear().domain([0, 27]).range([H - M.bottom, M.top]);

  return (
    <div className="tracker-charts">
      <Figure
        title={t('charts.use.title')}
        desc={`${t('charts.use.desc')} ${span}`}
        table={
          <table>
            <caption className="visually-hidden">{t('charts.use.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.week')}</th>
                <th scope="col">{t('charts.use.column')}</th>
                <th scope="col">{t('charts.checkins')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((w) => (
                <tr key={w.start}>
                  <th scope="row">{day(w.start)}</th>
                  <td>{formatNumber(w.useDays, lang)}</td>
                  <td>{formatNumber(w.checkins, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <Axis y={yDays} ticks={[0, 3, 7]} format={(n) => formatNumber(n, lang)} />
        {shown.map((w) => (
          <rect key={w.start} className="tracker-chart__bar" x={x(w.start)} width={x.bandwidth()} y={yDays(w.useDays)} height={yDays(0) - yDays(w.useDays)} />
        ))}
      </Figure>
      {lineChart('urge', (w) => w.urgeMean, baseline.urge)}
      {lineChart('mood', (w) => w.moodMean, baseline.mood)}
      {scored.length > 0 ? (
        <Figure
          title={t('charts.q.title')}
          desc={t('charts.q.desc')}
          table={
            <table>
              <caption className="visually-hidden">{t('charts.q.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.date')}</th>
                  <th scope="col">{t('charts.q.measure')}</th>
                  <th scope="col">{t('charts.q.total')}</th>
                </tr>
              </thead>
              <tbody>
                {scored.map(({ q, score }) => (
                  <tr key={q.id}>
                    <th scope="row">{day(q.date)}</th>
                    <td>{t(`q.${q.measure}.short`)}</td>
                    <td>
                      {score.complete ? `${formatNumber(score.total, lang)} / ${formatNumber(DEFINITIONS[q.measure].maxTotal, lang)}` : t('charts.q.incomplete')}
                      {/* PHQ-9's difficulty answer beside the total, never in it. */}
                      {q.difficulty !== undefined ? ` · ${t('q.phq9.difficulty.shown', { answer: t(`q.phq9.difficulty.options.${q.difficulty}`) })}` : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <Axis y={yq} ticks={[0, 10, 20]} format={(n) => formatNumber(n, lang)} />
          {MEASURES.map((measure) => {
            const points = scored.filter((s) => s.q.measure === measure && s.score.complete);
            const d = line<(typeof points)[number]>()
              .x((s) => xq(s.q.date) ?? 0)
              .y((s) => yq(s.score.complete ? s.score.total : 0))(points);
            return <path key={measure} className={`tracker-chart__line tracker-chart__line--${measure}`} d={d ?? ''} />;
          })}
          <g className="tracker-chart__legend" aria-hidden="true">
            {MEASURES.map((measure, i) => (
              <text key={measure} x={M.left + 4 + i * 70} y={H - 6} className={`tracker-chart__key--${measure}`}>
                {t(`q.${measure}.short`)}
              </text>
            ))}
          </g>
        </Figure>
      ) : null}
    </div>
  );
}
