/**
 * Estimated shares of one weekly item's bands with their 95% confidence intervals: bars for the
 * estimate, whiskers for the interval (clipped to 0–100% for drawing only). Hand-sized SVG with
 * d3-scale; the weekly table below is its text alternative.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { WeeklyRow } from '../../../research/tables';

const W = 320;
const H = 170;
const M = { top: 10, right: 8, bottom: 26, left: 40 };

export function BandChart({ title, rows, format }: { title: string; rows: readonly WeeklyRow[]; format: (share: number) => string }) {
  const x = scaleBand<number>().domain(rows.map((r) => r.code)).range([M.left, W - M.right]).padding(0.3);
  const y = scaleLinear().domain([0, 1]).range([H - M.bottom, M.top]).clamp(true);
  const desc = rows.map((r) => (r.est_share === null ? `${r.code}: –` : `${r.code}: ${format(r.est_share)} (${format(r.ci_low ?? 0)}–${format(r.ci_high ?? 0)})`)).join('; ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${desc}`} className="research-chart">
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick} aria-hidden="true" className="research-chart__axis">
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} className="research-chart__grid" />
          <text x={M.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      {rows.map((r) => {
        const left = x(r.code) ?? 0;
        const mid = left + x.bandwidth() / 2;
        return (
          <g key={r.code} aria-hidden="true">
            {r.est_share !== null ? (
              <>
                <rect x={left} width={x.bandwidth()} y={y(Math.max(0, r.est_share))} height={y(0) - y(Math.max(0, r.est_share))} className="research-chart__bar" />
                <line x1={mid} x2={mid} y1={y(r.ci_low ?? 0)} y2={y(r.ci_high ?? 0)} className="research-chart__ci" />
                <line x1={mid - 6} x2={mid + 6} y1={y(r.ci_low ?? 0)} y2={y(r.ci_low ?? 0)} className="research-chart__ci" />
                <line x1={mid - 6} x2={mid + 6} y1={y(r.ci_high ?? 0)} y2={y(r.ci_high ?? 0)} className="research-chart__ci" />
              </>
            ) : null}
            <text x={mid} y={H - 8} textAnchor="middle" className="research-chart__label">
              {r.code}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
