import { formatCalendarDay, type CalendarDay } from './calendarDate';

/**
 * The meetings, their documents and the demo live in Dutch time, whatever zone the machine runs in
 * (CI runs in UTC): the day of an instant and the instant of an hour are taken in Europe/Amsterdam.
 */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: AMSTERDAM_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

/** The calendar day (YYYY-MM-DD) of an instant in Amsterdam. */
export function amsterdamDay(at: Date): string {
  return dayFormat.format(at);
}

/** The instant of `hour`:00 on `day` in Amsterdam (CET or CEST), as ISO. */
export function amsterdamInstant(day: CalendarDay, hour: number): string {
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(day.year, day.month - 1, day.day, hour - offset));
    if (amsterdamDay(candidate) === formatCalendarDay(day) && Number(hourFormat.format(candidate)) === hour) return candidate.toISOString();
  }
  // An hour that does not exist that day (the spring-forward gap) falls back to winter time.
  return new Date(Date.UTC(day.year, day.month - 1, day.day, hour - 1)).toISOString();
}
