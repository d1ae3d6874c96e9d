import { dayNumber, dayString } from '../timeline/fuzzyDate';

/**
 * Management information never shows a date finer than the week: a day can point at one family's
 * meeting or one child's referral. ISO 8601 weeks (Monday first, week 1 holds the year's first
 * Thursday), as Dutch planning uses them.
 */
function weekdayIso(day: number): number {
  // Day 0 (1970-01-01) was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** "2026-W07" for a day number (days since 1970-01-01). */
export function isoWeekOfDay(day: number): string {
  const thursday = day - weekdayIso(day) + 4;
  const year = Number(dayString(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week of a calendar day `YYYY-MM-DD`. */
export function isoWeekOf(day: string): string {
  return isoWeekOfDay(dayNumberOf(day));
}

/** Day number of `YYYY-MM-DD`; the caller has validated the string. */
export function dayNumberOf(day: string): number {
  return dayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** "2026-03" for every month the period touches, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > endKey) break;
    out.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
