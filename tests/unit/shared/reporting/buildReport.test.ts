import { describe, expect, it } from 'vitest';
import { buildReport, percentileOf } from '../../../../shared/reporting/buildReport';
import { emptyCounts, type FamilyFacts } from '../../../../shared/reporting/familyFacts';
import { reportCsv } from '../../../../shared/reporting/reportCsv';
import type { ReportGroup } from '../../../../shared/reporting/reportRecords';

const period = { from: '2026-01-01', to: '2026-03-31' };
const school = (name: string): ReportGroup => ({ kind: 'organisatie', name });

function facts(group: ReportGroup, n: number, extra: (i: number) => Partial<FamilyFacts> = () => ({})): FamilyFacts[] {
  return Array.from({ length: n }, (_, i) => ({
    group,
    counts: { ...emptyCounts(), besproken: 1 },
    discussionMonths: ['2026-01'],
    newSignalMonths: [],
    helpStarts: [],
    ...extra(i),
  }));
}

describe('the report over a small region', () => {
  it('adds families up per group and in total, with the median and 75th percentile of days to help', () => {
    const days = [3, 10, 20, 40, 200, 15];
    const all = [
      ...facts(school('OBS De Klimop'), 6, (i) => ({ helpStarts: [{ days: days[i]!, month: '2026-02' }], counts: { ...emptyCounts(), besproken: 1, hulp_gestart: 1 } })),
      ...facts(school('CBS Het Anker'), 8),
    ];
    const r = buildReport({ period, grouping: 'school', facts: all, exports: [], today: '2026-04-02' });
    expect(r.period).toEqual({ fromWeek: '2026-W01', toWeek: '2026-W14' });
    expect(r.generatedWeek).toBe('2026-W14');
    expect(r.rows.map((row) => row.group)).toEqual([school('CBS Het Anker'), school('OBS De Klimop'), { kind: 'totaal' }]);
    expect(r.rows.map((row) => row.counts.besproken)).toEqual([
      { kind: 'waarde', value: 8 },
      { kind: 'waarde', value: 6 },
      { kind: 'waarde', value: 14 },
    ]);
    // Sorted days 3 10 15 20 40 200: median 17.5, p75 35.
    expect(r.rows[1]!.days).toEqual({ dagen_tot_hulp_mediaan: { kind: 'waarde', value: 17.5 }, dagen_tot_hulp_p75: { kind: 'waarde', value: 35 } });
    expect(r.rows[0]!.days.dagen_tot_hulp_mediaan).toEqual({ kind: 'geen' });
    expect(r.daysToHelp.buckets.map((b) => [b.from, b.upTo, b.cell])).toEqual([
      [0, 7, { kind: 'klein' }],
      [8, 30, { kind: 'klein' }],
      [31, 90, { kind: 'klein' }],
      [91, 180, { kind: 'waarde', value: 0 }],
      [181, null, { kind: 'klein' }],
    ]);
    expect(r.trend.months.map((m) => [m.month, m.discussions, m.helpStarted])).toEqual([
      ['2026-01', { kind: 'waarde', value: 14 }, { kind: 'waarde', value: 0 }],
      ['2026-02', { kind: 'waarde', value: 0 }, { kind: 'waarde', value: 6 }],
      ['2026-03', { kind: 'waarde', value: 0 }, { kind: 'waarde', value: 0 }],
    ]);
  });

  it('shows a small group as "< 5", hides a second group so it cannot be subtracted from the total, and hides its median', () => {
    const all = [
      ...facts(school('OBS De Klimop'), 2, () => ({ helpStarts: [{ days: 12, month: '2026-01' }], counts: { ...emptyCounts(), besproken: 1, hulp_gestart: 1 } })),
      ...facts(school('CBS Het Anker'), 9),
      ...facts(school('De Regenboog'), 30),
    ];
    const r = buildReport({ period, grouping: 'school', facts: all, exports: [], today: '2026-04-02' });
    const discussed = r.rows.map((row) => row.counts.besproken.kind);
    expect(discussed).toEqual(['afgeschermd', 'waarde', 'klein', 'waarde']);
    expect(r.rows[2]!.days.dagen_tot_hulp_mediaan).toEqual({ kind: 'klein' });
    const csv = reportCsv(r);
    expect(csv.startsWith('\uFEFFRapportage Casustafel\r\n')).toBe(true);
    expect(csv).toContain('OBS De Klimop;< 5;');
    expect(csv).toContain('CBS Het Anker;x;');
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('counts exports in the period per kind of recipient', () => {
    const r = buildReport({
      period,
      grouping: null,
      facts: [],
      exports: [
        ...Array.from({ length: 6 }, () => ({ day: '2026-02-01', recipient: 'school' as const })),
        ...Array.from({ length: 7 }, () => ({ day: '2026-02-01', recipient: 'geen_ontvanger' as const })),
        { day: '2025-12-31', recipient: 'jgz' as const },
      ],
      today: '2026-04-02',
    });
    expect(r.rows).toHaveLength(1);
    expect(r.exports.rows).toEqual([
      { recipient: 'school', cell: { kind: 'waarde', value: 6 } },
      { recipient: 'geen_ontvanger', cell: { kind: 'waarde', value: 7 } },
    ]);
    expect(r.exports.total).toEqual({ kind: 'waarde', value: 13 });
  });

  it('interpolates percentiles as a spreadsheet does', () => {
    expect(percentileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileOf([5], 0.75)).toBe(5);
    expect(percentileOf([0, 10, 20, 30, 40], 0.75)).toBe(30);
  });
});
