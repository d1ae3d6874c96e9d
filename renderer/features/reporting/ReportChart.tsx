import { useId } from 'react';
import type { BarChart } from '../../../shared/reporting/reportCharts';

/**
 * One of the report's charts, drawn from the same geometry as the PDF's. A picture for whoever
 * would rather look than read; the table beside it carries the same figures for everyone else, so
 * the picture itself is one labelled image. Series and cell texts come in already translated.
 */
export function ReportChart({ chart, description, seriesLabel, cellText }: { chart: BarChart; description: string; seriesLabel(key: string): string; cellText(text: string): string }) {
  const titleId = useId();
  const colour = new Map(chart.series.map((s) => [s.key, s.colour]));
  let legendX = chart.plot.left;
  return (
    <svg className="report-chart" role="img" aria-labelledby={titleId} viewBox={`0 0 ${chart.width} ${chart.height}`} width={chart.width} height={chart.height}>
      <title id={titleId}>{description}</title>
      {chart.ticks.map((t) => (
        <g key={t.y}>
          <line x1={chart.plot.left} y1={t.y} x2={chart.plot.right} y2={t.y} stroke="#cccccc" strokeWidth={0.5} />
          <text x={chart.plot.left - 4} y={t.y + 3} fontSize={9} textAnchor="end" fill="#333333">
            {t.value}
          </text>
        </g>
      ))}
      {chart.bars.map((b, i) => (
        <g key={i}>
          {b.height > 0 ? <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={colour.get(b.series)} /> : null}
          <text x={b.x + b.width / 2} y={b.y - 2} fontSize={8} textAnchor="middle" fill="#222222">
            {cellText(b.text)}
          </text>
        </g>
      ))}
      {chart.categories.map((c) => (
        <text key={c.x} x={c.x} y={chart.plot.bottom + 12} fontSize={9} textAnchor="middle" fill="#222222">
          {c.label}
        </text>
      ))}
      {chart.series.map((s) => {
        const label = seriesLabel(s.key);
        const x = legendX;
        legendX += 16 + label.length * 5;
        return (
          <g key={s.key}>
            <rect x={x} y={chart.height - 12} width={9} height={9} fill={s.colour} />
            <text x={x + 12} y={chart.height - 4} fontSize={9} fill="#222222">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
