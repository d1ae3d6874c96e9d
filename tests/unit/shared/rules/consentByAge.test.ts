import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consentBracket, consentRequirement, type ConsentRecordForRule } from '../../../../shared/rules/consentByAge';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';

const on = parseCalendarDay('2026-11-28')!;
const mother = { id: 'm', name: 'Fatima El Amrani' };
const father = { id: 'f', name: 'Joost Verhoeven' };
const child = (birthDate: string | null) => ({ id: 'c', name: 'Noor Verhoeven', birthDate });

describe('who must consent, by the child age on the day', () => {
  it('asks the parents with authority for a child under 12', () => {
    const r = consentRequirement(child('2015-11-29'), [mother, father], [], on);
    expect(r.bracket).toBe('onder_12');
    expect(r.required.map((p) => p.id)).toEqual(['m', 'f']);
  });

  it('asks child and parents from the 12th birthday on', () => {
    expect(consentBracket('2014-11-28', on)).toBe('twaalf_tot_zestien');
    expect(consentBracket('2014-11-29', on)).toBe('onder_12');
    const r = consentRequirement(child('2014-11-28'), [mother], [], on);
    expect(r.required.map((p) => p.id)).toEqual(['c', 'm']);
  });

  it('asks only the youngster from the 16th birthday on', () => {
    expect(consentBracket('2010-11-28', on)).toBe('zestien_plus');
    expect(consentBracket('2010-11-29', on)).toBe('twaalf_tot_zestien');
    const r = consentRequirement(child('2010-11-28'), [mother, father], [], on);
    expect(r.required.map((p) => p.id)).toEqual(['c']);
    expect(r.noParentWithAuthority).toBe(false);
  });

  it('handles a 29 February birthday in a common year', () => {
    const feb28 = parseCalendarDay('2025-02-28')!;
    const mar1 = parseCalendarDay('2025-03-01')!;
    expect(consentBracket('2012-02-29', feb28)).toBe('twaalf_tot_zestien');
    expect(consentBracket('2009-02-28', feb28)).toBe('zestien_plus');
    expect(consentBracket('2008-02-29', feb28)).toBe('zestien_plus');
    expect(consentBracket('2012-02-29', parseCalendarDay('2028-02-28')!)).toBe('twaalf_tot_zestien');
    expect(consentBracket('2012-02-29', parseCalendarDay('2028-02-29')!)).toBe('zestien_plus');
    expect(consentBracket('2013-03-01', mar1)).toBe('twaalf_tot_zestien');
    expect(consentBracket('2013-03-02', mar1)).toBe('onder_12');
  });

  it('asks everyone when the birth date is unknown or impossible', () => {
    for (const b of [null, '2015-02-30', 'gisteren']) {
      const r = consentRequirement(child(b), [mother], [], on);
      expect(r.bracket).toBe('geboortedatum_onbekend');
      expect(r.required.map((p) => p.id)).toEqual(['c', 'm']);
    }
  });

  it('flags a missing parent with authority for a child who needs one', () => {
    expect(consentRequirement(child('2019-05-01'), [], [], on).noParentWithAuthority).toBe(true);
  });

  it('uses the latest record per person: withdrawn consent is missing again', () => {
    const records: ConsentRecordForRule[] = [
      { personId: 'm', status: 'gegeven', date: '2026-01-10' },
      { personId: 'f', status: 'gegeven', date: '2026-01-10' },
      { personId: 'm', status: 'ingetrokken', date: '2026-09-01' },
    ];
    const r = consentRequirement(child('2018-04-04'), [mother, father], records, on);
    expect(r.missing.map((p) => p.id)).toEqual(['m']);
    expect(r.refused.map((p) => p.id)).toEqual(['m']);
  });

  it('property: missing is exactly the required people without a current "gegeven", in any record order', () => {
    const status = fc.constantFrom('gegeven', 'geweigerd', 'ingetrokken') as fc.Arbitrary<ConsentRecordForRule['status']>;
    const record = fc.record({
      personId: fc.constantFrom('c', 'm', 'f'),
      status,
      date: fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
    });
    const birth = fc.integer({ min: 0, max: 20 * 366 }).map((n) => new Date(Date.UTC(2006, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(birth, fc.uniqueArray(record, { selector: (r) => `${r.personId}${r.date}` }), (b, records) => {
        const r = consentRequirement(child(b), [mother, father], records, on);
        const reversed = consentRequirement(child(b), [mother, father], [...records].reverse(), on);
        expect(reversed.missing).toEqual(r.missing);
        for (const p of r.required) {
          const latest = records.filter((x) => x.personId === p.id).sort((x, y) => x.date.localeCompare(y.date)).at(-1);
          expect(r.missing.some((m) => m.id === p.id)).toBe(latest?.status !== 'gegeven');
        }
        expect(r.missing.every((m) => r.required.includes(m))).toBe(true);
      }),
    );
  });
});
