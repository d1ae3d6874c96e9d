import { describe, expect, it } from 'vitest';
import { familyFactsOfVault, vaultReport } from '../../../../electron/core/reporting/reportService';
import { COUNT_INDICATORS, type CountIndicator } from '../../../../shared/reporting/reportRecords';
import { NOW, PERIOD, regionDb } from './regionFixture';

function rawTotals(by: 'meeting_kind' | null) {
  const db = regionDb();
  const totals = Object.fromEntries(COUNT_INDICATORS.map((k) => [k, 0])) as Record<CountIndicator, number>;
  const helpDays: number[] = [];
  const groups: string[] = [];
  for (const f of familyFactsOfVault(db, PERIOD, by, NOW)) {
    for (const k of COUNT_INDICATORS) totals[k] += f.counts[k];
    for (const start of f.helpStarts) helpDays.push(start.days);
    groups.push(f.group.kind === 'overlegsoort' ? f.group.meetingType : f.group.kind);
  }
  return { totals, helpDays, groups };
}

describe('indicators read from a vault', () => {
  it('counts each indicator of the hand-built region', () => {
    const { totals, helpDays } = rawTotals(null);
    expect(totals).toEqual({
      besproken: 5,
      anoniem_besproken: 1,
      nieuwe_signalen: 2,
      hulp_gestart: 3,
      pingpong: 1,
      regiewissels: 0,
      signalen_besproken: 3,
      terugkoppeling_op_tijd: 1,
      terugkoppeling_te_laat: 0,
      terugkoppeling_niet: 2,
      terugkoppeling_binnen_termijn: 0,
      acties_met_deadline: 3,
      acties_op_tijd: 2,
      verplichte_onderwerpen_open: 1,
      afgesloten_via_poort: 1,
    });
    expect(helpDays.sort((a, b) => a - b)).toEqual([41, 59, 90]);
  });

  it('puts every family in the group of its last meeting, a postponed case in none', () => {
    expect(rawTotals('meeting_kind').groups).toEqual(['zat', 'zat', 'zat', 'een_twee_drie_tje', 'een_twee_drie_tje', 'geen_overleg']);
  });

  it('suppresses the report with the vault threshold and protects the small group against subtraction', () => {
    const r = vaultReport(regionDb(3), { ...PERIOD, by: 'meeting_kind' }, NOW);
    expect(r.threshold).toBe(3);
    expect(r.rows.map((row) => [row.group, row.counts.besproken])).toEqual([
      [{ kind: 'overlegsoort', meetingType: 'een_twee_drie_tje' }, { kind: 'klein' }],
      [{ kind: 'overlegsoort', meetingType: 'zat' }, { kind: 'afgeschermd' }],
      [{ kind: 'totaal' }, { kind: 'waarde', value: 5 }],
    ]);
    const total = r.rows.at(-1)!;
    expect(total.days).toEqual({ dagen_tot_hulp_mediaan: { kind: 'waarde', value: 59 }, dagen_tot_hulp_p75: { kind: 'waarde', value: 74.5 } });
    expect(r.exports).toEqual({ rows: [{ recipient: 'school', cell: { kind: 'waarde', value: 3 } }], total: { kind: 'waarde', value: 3 } });
    expect(r.period).toEqual({ fromWeek: '2026-W01', toWeek: '2026-W27' });
  });

  it('does not count what has not happened yet: a period running into the future ends today', () => {
    const r = vaultReport(regionDb(3), { from: '2026-01-01', to: '2027-06-30', by: null }, new Date('2026-02-15T12:00:00.000Z'));
    expect(r.period.toWeek).toBe('2026-W07');
    // Only the ZAT of 2 February has been held by then.
    expect(r.rows[0]!.counts.besproken).toEqual({ kind: 'waarde', value: 3 });
  });
});
