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

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** The Monday of ISO week `YYYY-Www`, as a day number. */
export function mondayOfIsoWeek(isoWeek: string): number {
  const year = Number(isoWeek.slice(0, 4));
  const week = Number(isoWeek.slice(6));
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekdayIso(jan4) + 1 + (week - 1) * 7;
}

/**
 * An ISO week as a reader says it: "week 1 van 2024 (1 t/m 7 januari)", the month and year written
 * once when the week stays inside them ("week 5 van 2026 (26 januari t/m 1 februari)", "week 1 van
 * 2026 (29 december 2025 t/m 4 januari 2026)"). Weeks stay the finest grain a report shows.
 */
export function weekWords(isoWeek: string): string {
  const monday = mondayOfIsoWeek(isoWeek);
  const [fy, fm, fd] = dayString(monday).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = dayString(monday + 6).split('-').map(Number) as [number, number, number];
  const span =
    fy !== ty
      ? `${fd} ${MONTHS[fm - 1]} ${fy} t/m ${td} ${MONTHS[tm - 1]} ${ty}`
      : fm !== tm
        ? `${fd} ${MONTHS[fm - 1]} t/m ${td} ${MONTHS[tm - 1]}`
        : `${fd} t/m ${td} ${MONTHS[tm - 1]}`;
  return `week ${Number(isoWeek.slice(6))} van ${isoWeek.slice(0, 4)} (${span})`;
}

/** "jan 2026" for the month key "2026-01". */
export function monthWords(month: string): string {
  return `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
