import { formatCalendarDay, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';

/**
 * Due dates in working days: Monday to Friday, minus the Dutch general holidays of the Algemene
 * termijnenwet (art. 3): Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede
 * Pinksterdag and both Kerstdagen. Goede Vrijdag is not in that list, so it counts as a working day.
 * Arithmetic runs on UTC day numbers, so no daylight-saving change can shift a date.
 */
const DAY_MS = 86_400_000;

function toDayNumber(d: CalendarDay): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" computation). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export type DutchHoliday =
  | 'nieuwjaarsdag'
  | 'tweede_paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede_pinksterdag'
  | 'eerste_kerstdag'
  | 'tweede_kerstdag';

/** The general holidays of one year, as `YYYY-MM-DD` → which holiday. */
export function dutchHolidays(year: number): Map<string, DutchHoliday> {
  const easter = toDayNumber(easterSunday(year));
  // Koningsdag moves to the 26th when 27 April is a Sunday.
  const kingsDay = { year, month: 4, day: 27 };
  const kingsDayNumber = toDayNumber(kingsDay);
  const kingsDayObserved = dayOfWeek(kingsDayNumber) === 0 ? kingsDayNumber - 1 : kingsDayNumber;
  const entries: [number, DutchHoliday][] = [
    [toDayNumber({ year, month: 1, day: 1 }), 'nieuwjaarsdag'],
    [easter + 1, 'tweede_paasdag'],
    [kingsDayObserved, 'koningsdag'],
    [toDayNumber({ year, month: 5, day: 5 }), 'bevrijdingsdag'],
    [easter + 39, 'hemelvaartsdag'],
    [easter + 50, 'tweede_pinksterdag'],
    [toDayNumber({ year, month: 12, day: 25 }), 'eerste_kerstdag'],
    [toDayNumber({ year, month: 12, day: 26 }), 'tweede_kerstdag'],
  ];
  return new Map(entries.map(([n, name]) => [formatCalendarDay(fromDayNumber(n)), name]));
}

/** 0 = Sunday … 6 = Saturday. */
function dayOfWeek(dayNumber: number): number {
  // Day 0 of the epoch (1970-01-01) was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const holidayCache = new Map<number, Map<string, DutchHoliday>>();
function holidayOn(d: CalendarDay): DutchHoliday | undefined {
  let year = holidayCache.get(d.year);
  if (!year) {
    year = dutchHolidays(d.year);
    holidayCache.set(d.year, year);
  }
  return year.get(formatCalendarDay(d));
}

export function isWorkingDay(d: CalendarDay): boolean {
  const weekday = dayOfWeek(toDayNumber(d));
  return weekday !== 0 && weekday !== 6 && holidayOn(d) === undefined;
}

/**
 * The day `count` working days after `start` (`start` itself does not count, as in "within five
 * working days"). `count` 0 returns `start` unchanged.
 */
export function addWorkingDays(start: CalendarDay, count: number): CalendarDay {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  let n = toDayNumber(start);
  let left = count;
  while (left > 0) {
    n += 1;
    if (isWorkingDay(fromDayNumber(n))) left -= 1;
  }
  return fromDayNumber(n);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The default term for informing a signaller (terugkoppeling). */
export const FEEDBACK_WORKING_DAYS = 5;

/** `YYYY-MM-DD` in, `YYYY-MM-DD` out; null for a string that is not a real day. */
export function addWorkingDaysTo(day: string, count: number): string | null {
  const parsed = parseCalendarDay(day);
  return parsed === null ? null : formatCalendarDay(addWorkingDays(parsed, count));
}
