import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, formatCalendarDay } from '../../../../shared/domain/calendarDate';
import {
  checkDutchDate,
  CHILD_BIRTH_MAX_YEARS,
  DATE_PROBLEM_TEXT,
  dateRangeProblem,
  MEETING_MAX_DAYS_BACK,
  readDutchDate,
  toDutchDateInput,
} from '../../../../shared/domain/dutchDate';

const RUNS = 300;
const TODAY = '2026-11-28';

const existingDay = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

describe('one parser for every typed date', () => {
  it('tells a date in the wrong form from a day that does not exist', () => {
    expect(readDutchDate('7-3-2019')).toEqual({ day: '2019-03-07' });
    expect(readDutchDate('07/03/2019')).toEqual({ day: '2019-03-07' });
    expect(readDutchDate(' 7.3.2019 ')).toEqual({ day: '2019-03-07' });
    expect(readDutchDate('2019-03-07')).toEqual({ day: '2019-03-07' });
    for (const text of ['3 maart', '', '12-06-17', '2019/03/07', '7-3-19']) expect(readDutchDate(text), text).toEqual({ problem: 'vorm' });
    for (const text of ['31-02-2026', '29-02-2023', '00-01-2020', '1-13-2020', '2023-02-29', '31-04-2026']) expect(readDutchDate(text), text).toEqual({ problem: 'bestaat_niet' });
    expect(DATE_PROBLEM_TEXT.vorm).toBe('Vul een datum in als dd-mm-jjjj, bijvoorbeeld 07-03-2019.');
    expect(DATE_PROBLEM_TEXT.bestaat_niet).toBe('Deze datum bestaat niet.');
  });

  it('keeps a child’s birth date between today and 25 years back, an adult’s before today', () => {
    expect(checkDutchDate('29-11-2026', 'geboorte_kind', { today: TODAY })).toEqual({ problem: 'geboorte_in_toekomst' });
    expect(checkDutchDate('28-11-2026', 'geboorte_kind', { today: TODAY })).toEqual({ day: '2026-11-28' });
    expect(checkDutchDate('28-11-2001', 'geboorte_kind', { today: TODAY })).toEqual({ day: '2001-11-28' });
    expect(checkDutchDate('27-11-2001', 'geboorte_kind', { today: TODAY })).toEqual({ problem: 'geboorte_te_lang_geleden' });
    expect(checkDutchDate('12-05-1978', 'geboorte', { today: TODAY })).toEqual({ day: '1978-05-12' });
    expect(checkDutchDate('01-01-2027', 'geboorte', { today: TODAY })).toEqual({ problem: 'geboorte_in_toekomst' });
  });

  it('a meeting far in the past only when recorded afterwards; a new due date not in the past', () => {
    expect(checkDutchDate('29-10-2026', 'overleg', { today: TODAY })).toEqual({ day: '2026-10-29' });
    expect(checkDutchDate('28-10-2026', 'overleg', { today: TODAY })).toEqual({ problem: 'overleg_te_lang_geleden' });
    expect(checkDutchDate('28-10-2026', 'overleg', { today: TODAY, afterwards: true })).toEqual({ day: '2026-10-28' });
    expect(checkDutchDate('31-12-2027', 'overleg', { today: TODAY })).toEqual({ day: '2027-12-31' });
    expect(checkDutchDate('27-11-2026', 'uiterste_datum', { today: TODAY })).toEqual({ problem: 'uiterste_datum_voorbij' });
    expect(checkDutchDate('28-11-2026', 'uiterste_datum', { today: TODAY })).toEqual({ day: '2026-11-28' });
  });

  it('every existing day formats and reads back as itself, in each typed form (property)', () => {
    fc.assert(
      fc.property(existingDay, fc.constantFrom('-', '/', '.'), fc.boolean(), (d, sep, pad) => {
        const stored = formatCalendarDay(d);
        expect(readDutchDate(toDutchDateInput(stored))).toEqual({ day: stored });
        const typed = [pad ? String(d.day).padStart(2, '0') : String(d.day), pad ? String(d.month).padStart(2, '0') : String(d.month), String(d.year)].join(sep);
        expect(readDutchDate(typed)).toEqual({ day: stored });
      }),
      { numRuns: RUNS },
    );
  });

  it('a day past the end of its month is refused, never moved to the next month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        if (day > 99) return;
        expect(readDutchDate(`${day}-${month}-${year}`)).toEqual({ problem: 'bestaat_niet' });
      }),
      { numRuns: RUNS },
    );
  });

  it('the ranges hold for any today (property)', () => {
    fc.assert(
      fc.property(existingDay.filter((d) => d.year >= 1945 && d.year <= 2170), fc.integer({ min: -40 * 366, max: 400 }), (todayParts, offset) => {
        const today = formatCalendarDay(todayParts);
        const t = new Date(Date.UTC(todayParts.year, todayParts.month - 1, todayParts.day) + offset * 86_400_000);
        const day = t.toISOString().slice(0, 10);
        const child = dateRangeProblem(day, 'geboorte_kind', { today });
        if (day > today) expect(child).toBe('geboorte_in_toekomst');
        if (day <= today && offset >= -CHILD_BIRTH_MAX_YEARS * 365) expect(child).toBeNull();
        if (offset < -CHILD_BIRTH_MAX_YEARS * 366 - 1) expect(child).toBe('geboorte_te_lang_geleden');
        expect(dateRangeProblem(day, 'overleg', { today })).toBe(offset < -MEETING_MAX_DAYS_BACK ? 'overleg_te_lang_geleden' : null);
        expect(dateRangeProblem(day, 'overleg', { today, afterwards: true })).toBeNull();
        expect(dateRangeProblem(day, 'uiterste_datum', { today })).toBe(offset < 0 ? 'uiterste_datum_voorbij' : null);
        expect(dateRangeProblem(day, 'dag', { today })).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
