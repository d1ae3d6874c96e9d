import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../shared/reporting/buildReport';
import { emptyCounts, type FamilyFacts } from '../../../../shared/reporting/familyFacts';
import { chartSvg, countAxis, daysToHelpChart, trendChart } from '../../../../shared/reporting/reportCharts';
import fc from 'fast-check';
import { isoWeekOfDay, mondayOfIsoWeek, weekWords } from '../../../../shared/reporting/isoWeek';

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
    expect(chart.categories.map((c) => c.label)).toEqual(['jan 2026', 'feb 2026']);
    expect(chart.bars).toHaveLength(6);
    const svg = chartSvg(chart);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('&lt; 5');
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('over three years thins its month labels so none run into each other, and leaves figures too narrow to read to the table', () => {
    const long = buildReport({ period: { from: '2024-01-01', to: '2026-12-31' }, grouping: null, facts, exports: [], today: '2027-01-04' });
    const chart = trendChart(long);
    expect(long.trend.months).toHaveLength(36);
    const xs = chart.categories.map((c) => c.x);
    expect(xs.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < xs.length; i += 1) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(48);
    expect(chart.categories[0]?.label).toBe('jan 2024');
    expect(chart.bars.every((b) => b.text === '')).toBe(true);
  });

  it('labels its axis with whole counts only, at most six lines, the top at or above the largest bar', () => {
    // Every monthly figure here is small (suppressed): the axis was 0, 1.3, 2.5, 3.8, 5.
    expect(trendChart(report).ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (largest) => {
        const { top, step } = countAxis(largest);
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        expect(top % step).toBe(0);
        expect(top).toBeGreaterThanOrEqual(largest);
        expect(top / step).toBeLessThanOrEqual(5);
        // No more room than one step above the largest bar (or the floor of 5 for small counts).
        expect(top - step).toBeLessThan(Math.max(5, largest));
      }),
      { numRuns: 500 },
    );
  });
});

describe('weeks as a reader says them', () => {
  it.each([
    ['2024-W01', 'week 1 van 2024 (1 t/m 7 januari)'],
    ['2026-W05', 'week 5 van 2026 (26 januari t/m 1 februari)'],
    ['2026-W01', 'week 1 van 2026 (29 december 2025 t/m 4 januari 2026)'],
    ['2026-W53', 'week 53 van 2026 (28 december 2026 t/m 3 januari 2027)'],
  ])('%s is %s', (week, words) => {
    expect(weekWords(week)).toBe(words);
  });

  it('names the Monday to Sunday that holds the day, for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        const week = isoWeekOfDay(day);
        const monday = mondayOfIsoWeek(week);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThan(7);
        expect(isoWeekOfDay(monday)).toBe(week);
        expect(weekWords(week)).toMatch(/^week \d{1,2} van \d{4} \(\d{1,2}( \w+( \d{4})?)? t\/m \d{1,2} \w+( \d{4})?\)$/);
      }),
      { numRuns: 500 },
    );
  });
});

