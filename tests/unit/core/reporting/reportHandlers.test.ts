import { describe, expect, it } from 'vitest';
import { Report } from '../../../../shared/reporting/reportRecords';
import { privacyKit } from '../privacy/privacyKit';

describe('report channels', () => {
  it('builds the report for a period and, once saved, logs it as an export without families', async () => {
    const kit = await privacyKit();
    await kit.fillFamily('Vlindertuin');
    const request = { from: '2026-01-05', to: '2026-03-01', by: 'team' as const };
    const report = Report.parse(await kit.call('report:build', request));
    expect(report.grouping).toBe('team');
    expect(report.rows.at(-1)!.group).toEqual({ kind: 'totaal' });

    kit.host.nextExportPath = null;
    expect(await kit.call('report:export', { request, format: 'csv' })).toEqual({ saved: false, fileName: null });
    expect(await kit.call('export:log', { familyId: null, meetingId: null, limit: 10 })).toEqual([]);

    kit.host.nextExportPath = '/tmp/gekozen/bestuur.csv';
    expect(await kit.call('report:export', { request, format: 'csv' })).toEqual({ saved: true, fileName: 'bestuur.csv' });
    const written = kit.host.exports.at(-1)!;
    expect(written.suggestedName).toBe('rapportage-2026-W02-tm-2026-W09-per-team.csv');
    expect(new TextDecoder().decode(written.data)).not.toContain('Vlindertuin');
    expect(await kit.call('export:log', { familyId: null, meetingId: null, limit: 10 })).toMatchObject([
      { kind: 'rapportage', fileName: written.suggestedName, familyIds: [], withheld: expect.stringContaining('aantallen onder 5 afgeschermd') },
    ]);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const kit = await privacyKit();
    expect(await kit.fail('report:build', { from: '2026-03-01', to: '2026-01-01', by: null })).toBe('invalid_request: Controleer het veld ‘Tot en met’.');
  });

  it('suppresses with the threshold set in the settings, never below 3', async () => {
    const kit = await privacyKit();
    const request = { from: '2026-01-05', to: '2026-03-01', by: null };
    expect((await kit.call('report:build', request)).threshold).toBe(5);
    expect(await kit.call('settings:update', { reportMinimumCount: 10 })).toMatchObject({ reportMinimumCount: 10 });
    expect((await kit.call('report:build', request)).threshold).toBe(10);
    expect(await kit.fail('settings:update', { reportMinimumCount: 2 })).toMatch(/^invalid_request/);
  });
});
