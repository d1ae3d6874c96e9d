import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/reporting/buildReport';
import { emptyCounts, type FamilyFacts } from '../../../../shared/reporting/familyFacts';
import { chartSvg, daysToHelpChart, trendChart } from '../../../../shared/reporting/reportCharts';

const helped = (days: number, month: string): FamilyFacts => ({
  group: { kind: 'totaal' },
  counts: { ...emptyCounts(), besproken: 1, hulp_gestart: 1 },
  discussionMonths: [month],
  newSignalMonths: [],
  helpStarts: [{ days, month }],
});

describe('report charts', () => {
  const facts = [...Array.from({ length: 10 }, () => helped(12, '2026-01')), ...Array.from({ length: 2 }, () => helped(200, '2026-02'))];
  const report = buildReport({ period: { from: '2026-01-01', to: '2026-02-28' }, grouping: null, facts, exports: [], today: '2026-03-02' });

  it('draws a bar to scale for a shown count and none for a hidden one, whose mark it prints instead', () => {
    const chart = daysToHelpChart(report);
    // 10 families in 8–30 days, 2 in more than 180: the 2 is small, and the 10 is hidden with it
    // (else 12 − 10 gives the 2 away), so only the zeros are drawn to scale.
    const [upTo7, upTo30, , , more] = chart.bars;
    expect(upTo7).toMatchObject({ text: '0', height: 0 });
    expect(upTo30).toMatchObject({ text: 'x', height: 0 });
    expect(more).toMatchObject({ text: '< 5', height: 0 });
    const wider = buildReport({
      period: { from: '2026-01-01', to: '2026-02-28' },
      grouping: null,
      facts: [...Array.from({ length: 10 }, () => helped(12, '2026-01')), ...Array.from({ length: 6 }, () => helped(200, '2026-02'))],
      exports: [],
      today: '2026-03-02',
    });
    const shown = daysToHelpChart(wider);
    const full = shown.plot.bottom - shown.plot.top;
    expect(shown.bars[1]).toMatchObject({ text: '10' });
    expect(shown.bars[1]!.height).toBeCloseTo(full, 5);
    expect(shown.bars[4]).toMatchObject({ text: '6' });
    expect(shown.bars[4]!.height).toBeCloseTo(full * 0.6, 5);
  });

  it('has one bar per month and series, and an SVG without a day in it', () => {
    const chart = trendChart(report);
    expect(chart.categories.map((c) => c.label)).toEqual(['2026-01', '2026-02']);
    expect(chart.bars).toHaveLength(6);
    const svg = chartSvg(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('&lt; 5');
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
