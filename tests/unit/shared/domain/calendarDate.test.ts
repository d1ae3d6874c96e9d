import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageInYears, formatCalendarDay, parseCalendarDay } from '../../../../shared/domain/calendarDate';

const day = (s: string) => {
  const d = parseCalendarDay(s);
  if (!d) throw new Error(`bad test day ${s}`);
  return d;
};

describe('calendar days', () => {
  it('refuses days that do not exist', () => {
    for (const bad of ['2025-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '31-12-2024', '2024-1-1', '', '1899-12-31', 'abcd-ef-gh']) {
      expect(parseCalendarDay(bad)).toBeNull();
    }
    expect(parseCalendarDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('round-trips every real day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const s = d.toISOString().slice(0, 10);
        const parsed = parseCalendarDay(s);
        expect(parsed).not.toBeNull();
        expect(formatCalendarDay(parsed!)).toBe(s);
      }),
    );
  });

  it('counts completed years, turning a year older on the birthday itself', () => {
    expect(ageInYears(day('2014-06-15'), day('2026-06-14'))).toBe(11);
    expect(ageInYears(day('2014-06-15'), day('2026-06-15'))).toBe(12);
  });

  it('lets a 29 February child turn a year older on 1 March in common years', () => {
    expect(ageInYears(day('2012-02-29'), day('2024-02-28'))).toBe(11);
    expect(ageInYears(day('2012-02-29'), day('2024-02-29'))).toBe(12);
    expect(ageInYears(day('2012-02-29'), day('2025-02-28'))).toBe(12);
    expect(ageInYears(day('2012-02-29'), day('2025-03-01'))).toBe(13);
  });

  it('never decreases as time passes', () => {
    const anyDay = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => day(d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (birth, a, b) => {
        const [early, late] = formatCalendarDay(a) <= formatCalendarDay(b) ? [a, b] : [b, a];
        expect(ageInYears(birth, late)).toBeGreaterThanOrEqual(ageInYears(birth, early));
      }),
    );
  });
});
