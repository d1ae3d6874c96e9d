import { describe, expect, it } from 'vitest';
import { familyFactsOfVault, vaultReport } from '../../../../electron/core/reporting/reportService';
import { COUNT_INDICATORS, type CountIndicator } from '../../../../shared/reporting/reportRecords';
import { assess, twoChildFamily } from '../assessment/twoChildFamily';
import { saveMember } from '../../../../electron/core/register/householdService';
import { createFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
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
      zorg_hoog_acuut: 0,
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

  it('counts the families whose concern at the end of the period is hoog or acuut, by each child’s latest assessment up to that day', () => {
    const db = regionDb(3);
    // Daan acuut in March, his younger sister Sophie laag later, in May: the family counts.
    twoChildFamily(db, { acuteOn: '2026-03-10', lowOn: '2026-05-20' });
    // Only assessed acuut after the period ended (and laag within it): it does not.
    const ctx = writeOutsideHistory(db, { name: 'Anouk Visser', organisation: 'Wijkteam Noord', role: 'voorzitter' }, NOW);
    const late = createFamily(ctx, { displayName: 'Gezin Smit', anonymous: false });
    const lieke = saveMember(ctx, {
      familyId: late.id,
      role: 'kind',
      givenName: 'Lieke',
      familyName: 'Smit',
      birthDate: '2015-01-15',
      parentalAuthority: false,
      schoolId: null,
      schoolGroup: '',
    });
    assess(db, late.id, lieke.id, '2026-04-01', 'laag');
    assess(db, late.id, lieke.id, '2026-08-01', 'acuut');
    const facts = [...familyFactsOfVault(db, PERIOD, null, NOW)];
    expect(facts.reduce((sum, f) => sum + f.counts.zorg_hoog_acuut, 0)).toBe(1);
    const report = vaultReport(db, { ...PERIOD, by: null }, NOW);
    // One family is fewer than the threshold: shown as a small number, never as 1.
    expect(report.rows.at(-1)!.counts.zorg_hoog_acuut).toEqual({ kind: 'klein' });
    // After August the late family's acute assessment counts too.
    const autumn = [...familyFactsOfVault(db, { from: '2026-07-01', to: '2026-09-30' }, null, NOW)];
    expect(autumn.reduce((sum, f) => sum + f.counts.zorg_hoog_acuut, 0)).toBe(2);
  });
});
