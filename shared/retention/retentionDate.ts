import {
  ageInYears,
  compareCalendarDays,
  daysInMonth,
  formatCalendarDay,
  isLeapYear,
  parseCalendarDay,
  type CalendarDay,
} from '../domain/calendarDate';

/**
 * `day` plus `years` calendar years. 29 February moves to 1 March in a year without one.
 *
 * Why 1 March and not 28 February: the result is the first day on which the full period has
 * passed, and a retention period is a minimum (jeugdhulp: at least 20 years). On 28 February the
 * anniversary has not yet come; moving to 1 March never destroys a record a day early. It is also
 * how `ageInYears` counts a birthday on 29 February, so "N years after" means the same everywhere
 * in the app: `ageInYears(day, addYears(day, n)) === n` and one day earlier it is `n - 1`.
 */
export function addYears(day: CalendarDay, years: number): CalendarDay {
  const year = day.year + years;
  if (day.month === 2 && day.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: day.month, day: day.day };
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const t = Date.UTC(day.year, day.month - 1, day.day) + days * 86_400_000;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * The first day the record may be destroyed: the trigger (end of help, leaving school) plus the
 * class's years. The trigger day itself counts as day 0, so the period is complete on the anniversary.
 */
export function retentionDueDate(trigger: CalendarDay, years: number): CalendarDay {
  return addYears(trigger, years);
}

/** Days before the due date from which the review list calls a record "binnenkort". */
export const SOON_DAYS = 90;

export type RetentionState = 'verlopen' | 'binnenkort' | 'bewaren' | 'geen_einddatum';

/** Where a record stands on `today`: past its period, due within SOON_DAYS, still to keep, or no clock yet. */
export function retentionState(due: CalendarDay | null, today: CalendarDay): RetentionState {
  if (due === null) return 'geen_einddatum';
  if (compareCalendarDays(due, today) <= 0) return 'verlopen';
  if (daysBetween(today, due) <= SOON_DAYS) return 'binnenkort';
  return 'bewaren';
}

/** Convenience for strings (`YYYY-MM-DD`), as stored. */
export function dueDateString(trigger: string | null, years: number): string | null {
  const day = trigger === null ? null : parseCalendarDay(trigger);
  return day === null ? null : formatCalendarDay(retentionDueDate(day, years));
}

// Re-exported so callers (and the property tests) reason with the same helpers.
export { ageInYears, daysInMonth };
