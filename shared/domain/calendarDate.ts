/**
 * Dates of birth and other calendar days are stored as `YYYY-MM-DD` strings: no time zone can shift
 * a birthday. These helpers validate and compare them without `Date` arithmetic pitfalls.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD`; null for anything that is not a real calendar day (2025-02-29, 2024-13-01…). */
export function parseCalendarDay(value: string): CalendarDay | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatCalendarDay(d: CalendarDay): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareCalendarDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Completed years between birth and `on`. Someone born on 29 February becomes a year older on
 * 1 March in non-leap years (the usual Dutch civil reading).
 */
export function ageInYears(birth: CalendarDay, on: CalendarDay): number {
  let age = on.year - birth.year;
  const birthdayThisYear =
    birth.month === 2 && birth.day === 29 && !isLeapYear(on.year) ? { month: 3, day: 1 } : { month: birth.month, day: birth.day };
  if (on.month < birthdayThisYear.month || (on.month === birthdayThisYear.month && on.day < birthdayThisYear.day)) age -= 1;
  return age;
}

export function calendarDayOf(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
