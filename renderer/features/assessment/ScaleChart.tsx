import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleSeries } from '../../../shared/instrument/compareAssessments';
import { formatDate } from '../../format/dateTime';

const WIDTH = 520;
const HEIGHT = 220;
const PAD = { left: 36, right: 16, top: 12, bottom: 36 };
const SERIES_CLASSES = 6;

/**
 * Each participant's 0–10 scale over successive assessments, as a small inline SVG (no chart
 * library; geometry only in attributes, colours in classes, so the strict CSP holds). The same
 * numbers are in the table below it for screen readers and print.
 */
export function ScaleChart({ series, dates }: { series: readonly ScaleSeries[]; dates: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (dates.length <= 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (v: number) => PAD.top + plotH - (v * plotH) / 10;

  if (series.length === 0) return <p className="muted">{t('assessment.compare.noScales')}</p>;

  return (
    <figure className="scale-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby={`${id}-title`} className="scale-chart__svg">
        <title id={`${id}-title`}>{t('assessment.compare.chartTitle')}</title>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="scale-chart__grid" />
            <text x={PAD.left - 8} y={y(v) + 5} textAnchor="end" className="scale-chart__tick">
              {v}
            </text>
          </g>
        ))}
        {dates.map((d, i) => (
          <text key={`${d}-${i}`} x={x(i)} y={HEIGHT - 12} textAnchor="middle" className="scale-chart__tick">
            {formatDate(d, i18n.language)}
          </text>
        ))}
        {series.map((s, n) => (
          <g key={s.key} className={`scale-chart__series scale-chart__series--${n % SERIES_CLASSES}`}>
            <polyline points={s.points.map((p) => `${x(p.assessmentIndex)},${y(p.scale)}`).join(' ')} className="scale-chart__line" />
            {s.points.map((p) => (
              <circle key={p.assessmentIndex} cx={x(p.assessmentIndex)} cy={y(p.scale)} r={5} className="scale-chart__dot">
                <title>{`${s.participant.name}: ${p.scale}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="scale-chart__legend">
          {series.map((s, n) => (
            <li key={s.key}>
              <span className={`scale-chart__swatch scale-chart__series--${n % SERIES_CLASSES}`} aria-hidden="true" /> {s.participant.name}
              {s.participant.discipline ? ` (${s.participant.discipline})` : ''}
            </li>
          ))}
        </ul>
      </figcaption>
      <table className="table scale-chart__table">
        <caption>{t('assessment.compare.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.judgement.participant')}</th>
            {dates.map((d, i) => (
              <th key={`${d}-${i}`} scope="col">
                {formatDate(d, i18n.language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.key}>
              <th scope="row" dir="auto">
                {s.participant.name}
              </th>
              {dates.map((d, i) => (
                <td key={`${d}-${i}`}>{s.points.find((p) => p.assessmentIndex === i)?.scale ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
