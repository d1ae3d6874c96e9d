import type { Meeting } from '../../../shared/domain/records';
import { calendarDayOf, formatCalendarDay, type CalendarDay } from '../../../shared/domain/calendarDate';

export interface ReferenceDay {
  day: CalendarDay;
  iso: string;
  /** The meeting whose date is used, or null when it is today. */
  meeting: Meeting | null;
}

/**
 * The day consent is judged on: the next meeting where the family is on the agenda (a child may turn
 * 12 before it), otherwise today.
 */
export function consentReferenceDay(meetings: readonly Meeting[], now: Date): ReferenceDay {
  const upcoming = meetings
    .filter((m) => new Date(m.startsAt).getTime() >= now.getTime() - 12 * 3600_000)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const day = calendarDayOf(upcoming ? new Date(upcoming.startsAt) : now);
  return { day, iso: formatCalendarDay(day), meeting: upcoming ?? null };
}
