import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCalendarDay, parseCalendarDay, type CalendarDay } from '../../../../shared/domain/calendarDate';
import { addWorkingDays, addWorkingDaysTo, daysBetween, dutchHolidays, easterSunday, isWorkingDay } from '../../../../shared/regie/workingDays';

const day = (s: string): CalendarDay => parseCalendarDay(s)!;
const plus = (s: string, n: number) => formatCalendarDay(addWorkingDays(day(s), n));

describe('due dates in working days', () => {
  it('skips the weekend: five working days from a Wednesday is the next Wednesday', () => {
    expect(plus('2026-11-25', 5)).toBe('2026-12-02');
    expect(plus('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(plus('2026-11-28', 1)).toBe('2026-11-30'); // Saturday → Monday
  });

  it('skips Dutch public holidays: Christmas and New Year', () => {
    // Thu 24 Dec 2026: Fri 25 and Sat/Sun and Mon 28?  25 and 26 are holidays; 26 is a Saturday.
    expect(plus('2026-12-24', 1)).toBe('2026-12-28');
    expect(plus('2026-12-31', 1)).toBe('2027-01-04'); // 1 Jan is a Friday and a holiday
  });

  it('skips Easter Monday, Ascension Day and Whit Monday (moving feasts)', () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
    expect(easterSunday(2025)).toEqual({ year: 2025, month: 4, day: 20 });
    expect(plus('2026-04-03', 1)).toBe('2026-04-07'); // Fri → (Mon 6 Apr Tweede Paasdag) → Tue
    expect(isWorkingDay(day('2026-05-14'))).toBe(false); // Hemelvaartsdag
    expect(isWorkingDay(day('2026-05-25'))).toBe(false); // Tweede Pinksterdag
    expect(isWorkingDay(day('2026-04-03'))).toBe(true); // Goede Vrijdag is not a general holiday
  });

  it('keeps Koningsdag on 27 April, or the 26th when the 27th is a Sunday', () => {
    expect([...dutchHolidays(2026).entries()].find(([, n]) => n === 'koningsdag')?.[0]).toBe('2026-04-27');
    expect([...dutchHolidays(2025).entries()].find(([, n]) => n === 'koningsdag')?.[0]).toBe('2025-04-26');
    expect(isWorkingDay(day('2026-05-05'))).toBe(false); // Bevrijdingsdag
  });

  it('has eight general holidays every year (two may fall on one day, as in 2016)', () => {
    for (let y = 1990; y <= 2100; y++) expect(dutchHolidays(y).size).toBeGreaterThanOrEqual(7);
    expect(dutchHolidays(2026).size).toBe(8);
    expect(isWorkingDay(day('2016-05-05'))).toBe(false); // Hemelvaartsdag and Bevrijdingsdag together
  });

  it('returns the same day for zero and refuses a negative count', () => {
    expect(plus('2026-11-28', 0)).toBe('2026-11-28');
    expect(() => addWorkingDays(day('2026-11-28'), -1)).toThrow(RangeError);
    expect(addWorkingDaysTo('2026-02-30', 5)).toBeNull();
  });

  const anyDay = fc.date({ min: new Date('1990-01-01T12:00:00Z'), max: new Date('2150-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  }));

  it('always lands on a working day, later than the start, and never more than a fortnight per five days', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const due = addWorkingDays(start, n);
        expect(isWorkingDay(due)).toBe(true);
        const span = daysBetween(start, due);
        expect(span).toBeGreaterThanOrEqual(n);
        expect(span).toBeLessThanOrEqual(Math.ceil(n / 5) * 7 + 7);
      }),
    );
  });

  it('counts exactly n working days in between (start excluded, due date included)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 25 }), (start, n) => {
        const due = addWorkingDays(start, n);
        let count = 0;
        for (let i = 1; i <= daysBetween(start, due); i++) {
          const d = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
          if (isWorkingDay({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })) count++;
        }
        expect(count).toBe(n);
      }),
    );
  });

  it('is additive: a + b working days equals a then b', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a), b)).toEqual(addWorkingDays(start, a + b));
      }),
    );
  });
});
