import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyConcernOf, type ChildConcern } from '../../../../shared/instrument/familyConcern';
import { RISK_LEVELS } from '../../../../shared/instrument/assessmentRecords';
import { acuteChildrenWithoutAgreement, MAX_TERM_DAYS, termEnd } from '../../../../shared/safetyAgreements/safetyAgreementRecords';
import { daysBetween } from '../../../../shared/retention/retentionDate';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';

const NAMES = ['Noor', 'Daan', 'Mila', 'Sem', 'Fenna'];
const childId = (i: number) => `00000000-0000-4000-8000-00000000000${i}`;

function child(i: number, level: ChildConcern['level']): ChildConcern {
  return {
    childId: childId(i),
    childName: NAMES[i]!,
    assessmentId: `10000000-0000-4000-8000-00000000000${i}`,
    assessedOn: '2026-11-27',
    now: level,
    future: level,
    level,
    flags: [],
    reportingOpen: false,
    suspicion: false,
    openTerms: [],
  };
}

describe('which children at acuut lack a safety agreement', () => {
  it('names exactly the acute children no open-or-done agreement covers, whatever the order of the agreements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RISK_LEVELS), { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ childIds: fc.subarray([0, 1, 2, 3, 4]), status: fc.constantFrom('open' as const, 'gedaan' as const) }), { maxLength: 6 }),
        (levels, raw) => {
          const concern = familyConcernOf(levels.map((l, i) => child(i, l)));
          const agreements = raw.map((a) => ({ childIds: a.childIds.map(childId), status: a.status }));
          const missing = acuteChildrenWithoutAgreement(concern, agreements).map((c) => c.childId);
          const covered = new Set(agreements.flatMap((a) => a.childIds));
          const expected = levels.map((l, i) => ({ l, id: childId(i) })).filter((c) => c.l === 'acuut' && !covered.has(c.id)).map((c) => c.id);
          expect([...missing].sort()).toEqual([...expected].sort());
          expect(acuteChildrenWithoutAgreement(concern, [...agreements].reverse()).map((c) => c.childId).sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never lets a sibling at laag hide a brother at acuut', () => {
    const concern = familyConcernOf([child(0, 'acuut'), child(1, 'laag')]);
    expect(acuteChildrenWithoutAgreement(concern, [{ childIds: [childId(1)], status: 'open' }]).map((c) => c.childName)).toEqual(['Noor']);
  });
});

describe('the term of a safety agreement', () => {
  it('ends exactly the given number of days later, up to fourteen, and is refused beyond', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.integer({ min: -5, max: 40 }), (date, days) => {
        const today = date.toISOString().slice(0, 10);
        const end = termEnd(today, days);
        if (days < 0) expect(end).toEqual({ problem: 'term_negative' });
        else if (days > MAX_TERM_DAYS) expect(end).toEqual({ problem: 'term_too_long' });
        else {
          if (!('dueDate' in end)) throw new Error('refused a valid term');
          expect(daysBetween(parseCalendarDay(today)!, parseCalendarDay(end.dueDate)!)).toBe(days);
        }
      }),
      { numRuns: 200 },
    );
  });
});
