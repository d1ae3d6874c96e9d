import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageInYears, compareCalendarDays, daysInMonth, formatCalendarDay, parseCalendarDay, type CalendarDay } from '../../../../shared/domain/calendarDate';
import { erasureEligibility } from '../../../../shared/retention/erasureRequest';
import { helpEndedOn } from '../../../../shared/retention/helpEnded';
import { defaultRetentionPeriods, periodProblem, RETENTION_CLASSES, RETENTION_RULES } from '../../../../shared/retention/retentionClasses';
import { addDays, addYears, retentionDueDate, retentionState, SOON_DAYS } from '../../../../shared/retention/retentionDate';

const day = (s: string) => parseCalendarDay(s)!;
const fmt = formatCalendarDay;

const calendarDay = fc
  .record({ year: fc.integer({ min: 1950, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d): CalendarDay => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));
const leapDay = fc.integer({ min: 1952, max: 2096 }).filter((y) => y % 4 === 0 && y % 100 !== 0).map((year): CalendarDay => ({ year, month: 2, day: 29 }));

describe('retention periods per class', () => {
  it('has the legal defaults: jeugdhulp 20, school 2, absence 5, SBO/SO referral 3 years', () => {
    expect(defaultRetentionPeriods()).toEqual({ jeugdhulp: 20, school: 2, school_verzuim: 5, school_verwijzing_sbo_so: 3 });
    expect(RETENTION_RULES.jeugdhulp.trigger).toBe('einde_hulp');
    expect(RETENTION_RULES.school.trigger).toBe('schoolverlating');
  });

  it('refuses a jeugdhulp period under the legal minimum, in Dutch, naming the law', () => {
    expect(periodProblem('jeugdhulp', 19)).toBe(
      'De bewaartermijn voor jeugdhulp mag niet korter zijn dan 20 jaar: dat is het wettelijk minimum (Jeugdwet, art. 7.3.8).',
    );
    expect(periodProblem('jeugdhulp', 25)).toBeNull();
    expect(periodProblem('school', 1)).toBeNull();
    expect(periodProblem('school', 0)).toMatch(/minstens 1 jaar/);
    expect(periodProblem('school_verzuim', 2.5)).toMatch(/heel aantal jaren/);
  });

  it('property: a period is allowed exactly when it is whole, within 1..115 and not under a legal minimum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RETENTION_CLASSES), fc.integer({ min: -5, max: 130 }), (cls, years) => {
        const min = RETENTION_RULES[cls].legalMinimumYears ?? 1;
        expect(periodProblem(cls, years) === null).toBe(years >= min && years <= 115);
      }),
    );
  });
});

describe('due date: trigger plus the years', () => {
  it('is the anniversary of the trigger', () => {
    expect(fmt(retentionDueDate(day('2026-03-15'), 20))).toBe('2046-03-15');
    expect(fmt(retentionDueDate(day('2025-12-31'), 2))).toBe('2027-12-31');
  });

  it('moves 29 February to 1 March in a year without one, and keeps it in a leap year', () => {
    expect(fmt(addYears(day('2024-02-29'), 20))).toBe('2044-02-29');
    expect(fmt(addYears(day('2024-02-29'), 5))).toBe('2029-03-01');
    expect(fmt(addYears(day('2024-02-29'), 2))).toBe('2026-03-01');
    expect(fmt(addYears(day('2028-02-29'), 3))).toBe('2031-03-01');
    // 2100 is not a leap year (divisible by 100, not by 400).
    expect(fmt(addYears(day('2080-02-29'), 20))).toBe('2100-03-01');
    expect(fmt(addYears(day('2000-02-29'), 100))).toBe('2100-03-01');
  });

  it('property: on the due date exactly N full years have passed, the day before only N − 1 (the same count as ages)', () => {
    fc.assert(
      fc.property(fc.oneof(calendarDay, leapDay), fc.integer({ min: 1, max: 115 }), (trigger, years) => {
        const due = retentionDueDate(trigger, years);
        expect(ageInYears(trigger, due)).toBe(years);
        expect(ageInYears(trigger, addDays(due, -1))).toBe(years - 1);
      }),
    );
  });

  it('property: never earlier than the plain anniversary (a period is a minimum), and at most one day later', () => {
    fc.assert(
      fc.property(fc.oneof(calendarDay, leapDay), fc.integer({ min: 1, max: 115 }), (trigger, years) => {
        const due = retentionDueDate(trigger, years);
        const sameDayOrEndOfFeb = { year: trigger.year + years, month: trigger.month, day: Math.min(trigger.day, daysInMonth(trigger.year + years, trigger.month)) };
        const diff = compareCalendarDays(due, sameDayOrEndOfFeb);
        expect(diff).toBeGreaterThanOrEqual(0);
        expect(compareCalendarDays(due, addDays(sameDayOrEndOfFeb, 1))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('property: a later trigger or more years never gives an earlier due date', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 15 }), (trigger, later, years, more) => {
        const t2 = addDays(trigger, later);
        expect(compareCalendarDays(retentionDueDate(trigger, years), retentionDueDate(t2, years))).toBeLessThanOrEqual(0);
        expect(compareCalendarDays(retentionDueDate(trigger, years), retentionDueDate(trigger, years + more))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('states: past due from the due date itself, soon within 90 days, else keep; no trigger means no due date', () => {
    const due = day('2046-03-15');
    expect(retentionState(due, day('2046-03-15'))).toBe('verlopen');
    expect(retentionState(due, day('2046-03-14'))).toBe('binnenkort');
    expect(retentionState(due, addDays(due, -SOON_DAYS))).toBe('binnenkort');
    expect(retentionState(due, addDays(due, -SOON_DAYS - 1))).toBe('bewaren');
    expect(retentionState(null, day('2046-03-15'))).toBe('geen_einddatum');
  });
});

describe('end of help (starts the jeugdhulp clock)', () => {
  it('is the latest of the closure and the involvement end dates', () => {
    expect(helpEndedOn({ closedOn: '2026-05-01', involvementEnds: ['2026-04-01', '2026-06-30'] })).toBe('2026-06-30');
    expect(helpEndedOn({ closedOn: '2026-07-01', involvementEnds: ['2026-04-01'] })).toBe('2026-07-01');
    expect(helpEndedOn({ closedOn: null, involvementEnds: ['2026-04-01'] })).toBe('2026-04-01');
  });

  it('has not ended while any involvement runs, or when nothing was recorded', () => {
    expect(helpEndedOn({ closedOn: '2026-05-01', involvementEnds: ['2026-04-01', null] })).toBeNull();
    expect(helpEndedOn({ closedOn: null, involvementEnds: [] })).toBeNull();
  });

  it('property: the end is on or after every recorded end, and one of them', () => {
    const iso = calendarDay.map(fmt);
    fc.assert(
      fc.property(fc.option(iso, { nil: null }), fc.array(iso, { maxLength: 6 }), (closedOn, ends) => {
        const end = helpEndedOn({ closedOn, involvementEnds: ends });
        const all = [closedOn, ...ends].filter((d): d is string => d !== null);
        if (all.length === 0) expect(end).toBeNull();
        else {
          expect(all).toContain(end);
          for (const d of all) expect(end! >= d).toBe(true);
        }
      }),
    );
  });
});

describe('who may ask for early destruction', () => {
  const on = day('2026-03-01');
  it('a parent or carer with authority, not without', () => {
    expect(erasureEligibility({ role: 'ouder', parentalAuthority: true, birthDate: null }, on)).toEqual({ allowed: true, as: 'ouder_met_gezag' });
    expect(erasureEligibility({ role: 'verzorger', parentalAuthority: false, birthDate: null }, on)).toMatchObject({ allowed: false });
    expect(erasureEligibility({ role: 'huisgenoot', parentalAuthority: false, birthDate: '1970-01-01' }, on)).toMatchObject({ allowed: false });
  });

  it('the youngster from the 12th birthday on (29 February birthdays count from 1 March)', () => {
    expect(erasureEligibility({ role: 'kind', parentalAuthority: false, birthDate: '2014-03-01' }, on)).toEqual({ allowed: true, as: 'jongere' });
    expect(erasureEligibility({ role: 'kind', parentalAuthority: false, birthDate: '2014-03-02' }, on)).toMatchObject({ allowed: false, reason: expect.stringContaining('onder de 12') });
    expect(erasureEligibility({ role: 'kind', parentalAuthority: false, birthDate: '2012-02-29' }, day('2024-02-28'))).toMatchObject({ allowed: false });
    expect(erasureEligibility({ role: 'kind', parentalAuthority: false, birthDate: null }, on)).toMatchObject({ allowed: false, reason: expect.stringContaining('onbekend') });
  });

  it('property: a child may ask exactly when it is at least 12 on the day', () => {
    fc.assert(
      fc.property(calendarDay, calendarDay, (birth, today) => {
        fc.pre(compareCalendarDays(birth, today) <= 0);
        const e = erasureEligibility({ role: 'kind', parentalAuthority: false, birthDate: fmt(birth) }, today);
        expect(e.allowed).toBe(ageInYears(birth, today) >= 12);
      }),
    );
  });
});
