import type { Report, ReportCell } from './reportRecords';
import { monthWords } from './isoWeek';
import { bucketWord, cellWord } from './reportWords';

/**
 * The report's two charts as plain geometry: the screen draws it with React, the PDF as an SVG
 * string through pdfmake, so both show the same picture. Each chart stands beside a table with the
 * same figures (the accessible version). A suppressed figure gets no bar but its text ("< 5", "x")
 * above an empty slot, so a small number is never drawn to scale.
 */
export interface ChartSeries {
  key: string;
  /** Dutch label (the screen translates by key). */
  label: string;
  colour: string;
}

export interface ChartBar {
  series: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Shown above the bar: the number, or the suppression mark. */
  text: string;
}

export interface BarChart {
  width: number;
  height: number;
  series: ChartSeries[];
  /** Category labels along the x axis, at their centre. */
  categories: { label: string; x: number }[];
  bars: ChartBar[];
  /** Horizontal grid lines with their value. */
  ticks: { y: number; value: number }[];
  plot: { left: number; top: number; right: number; bottom: number };
}

// Colours with at least 4.5:1 contrast on white (WCAG AA for the text drawn in them).
const COLOURS = ['#1f4e79', '#a34700', '#2e6b30'];

/**
 * The axis for counts: whole steps of 1, 2, 2½ or 5 times a power of ten (never "1.3" or "3.8"), at
 * most five of them, the top the first step at or above the largest value (at least 5: smaller
 * counts are suppressed and get no bar).
 */
export function countAxis(largest: number): { top: number; step: number } {
  const max = Math.max(5, largest);
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * magnitude;
      if (!Number.isInteger(step)) continue;
      if (Math.ceil(max / step) <= 5) return { top: Math.ceil(max / step) * step, step };
    }
  }
}

function layout(categories: { label: string; cells: ReportCell[] }[], series: ChartSeries[], threshold: number, width: number, height: number): BarChart {
  const plot = { left: 40, top: 16, right: width - 8, bottom: height - 34 };
  const values = categories.flatMap((c) => c.cells.map((cell) => (cell.kind === 'waarde' ? cell.value : 0)));
  const axis = countAxis(Math.max(0, ...values));
  const max = axis.top;
  const slot = (plot.right - plot.left) / Math.max(1, categories.length);
  const barWidth = Math.max(2, (slot * 0.8) / series.length);
  const scale = (v: number) => ((plot.bottom - plot.top) * v) / max;
  const bars: ChartBar[] = [];
  const labels: BarChart['categories'] = [];
  // Labels that would run into each other are thinned to every n-th (a label needs ~48 units);
  // figures above bars narrower than a number are left to the table beside the chart.
  const every = Math.max(1, Math.ceil((48 * categories.length) / (plot.right - plot.left)));
  const figures = barWidth >= 12;
  categories.forEach((c, i) => {
    const start = plot.left + i * slot + slot * 0.1;
    if (i % every === 0) labels.push({ label: c.label, x: plot.left + i * slot + slot / 2 });
    c.cells.forEach((cell, s) => {
      const h = cell.kind === 'waarde' ? scale(cell.value) : 0;
      bars.push({ series: series[s]!.key, x: start + s * barWidth, y: plot.bottom - h, width: barWidth - 1, height: h, text: figures ? cellWord(cell, threshold) : '' });
    });
  });
  const ticks = Array.from({ length: max / axis.step + 1 }, (_, i) => i * axis.step).map((value) => ({ y: plot.bottom - scale(value), value }));
  return { width, height, series, categories: labels, bars, ticks, plot };
}

export function trendChart(r: Report, width = 500, height = 220): BarChart {
  const series: ChartSeries[] = [
    { key: 'discussions', label: 'Besprekingen', colour: COLOURS[0]! },
    { key: 'newSignals', label: 'Nieuwe signalen', colour: COLOURS[1]! },
    { key: 'helpStarted', label: 'Hulp gestart', colour: COLOURS[2]! },
  ];
  return layout(
    r.trend.months.map((m) => ({ label: monthWords(m.month), cells: [m.discussions, m.newSignals, m.helpStarted] })),
    series,
    r.threshold,
    width,
    height,
  );
}

export function daysToHelpChart(r: Report, width = 500, height = 200): BarChart {
  return layout(
    r.daysToHelp.buckets.map((b) => ({ label: bucketWord(b.from, b.upTo).replace(' dagen', ''), cells: [b.cell] })),
    [{ key: 'families', label: 'Gezinnen', colour: COLOURS[0]! }],
    r.threshold,
    width,
    height,
  );
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The chart as a standalone SVG document (for pdfmake's `svg` node). */
export function chartSvg(c: BarChart): string {
  const colour = new Map(c.series.map((s) => [s.key, s.colour]));
  const parts: string[] = [];
  for (const t of c.ticks) {
    parts.push(`<line x1="${c.plot.left}" y1="${t.y}" x2="${c.plot.right}" y2="${t.y}" stroke="#cccccc" stroke-width="0.5"/>`);
    parts.push(`<text x="${c.plot.left - 4}" y="${t.y + 3}" font-size="8" text-anchor="end" fill="#333333">${t.value}</text>`);
  }
  for (const b of c.bars) {
    if (b.height > 0) parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${colour.get(b.series)}"/>`);
    if (b.text !== '') parts.push(`<text x="${b.x + b.width / 2}" y="${b.y - 2}" font-size="7" text-anchor="middle" fill="#222222">${escape(b.text)}</text>`);
  }
  for (const cat of c.categories) {
    parts.push(`<text x="${cat.x}" y="${c.plot.bottom + 11}" font-size="8" text-anchor="middle" fill="#222222">${escape(cat.label)}</text>`);
  }
  let legendX = c.plot.left;
  for (const s of c.series) {
    parts.push(`<rect x="${legendX}" y="${c.height - 12}" width="8" height="8" fill="${s.colour}"/>`);
    parts.push(`<text x="${legendX + 11}" y="${c.height - 5}" font-size="8" fill="#222222">${escape(s.label)}</text>`);
    legendX += 14 + s.label.length * 4.5;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}">${parts.join('')}</svg>`;
}
