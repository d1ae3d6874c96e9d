import { ageInYears, calendarDayOf, compareCalendarDays, formatCalendarDay, parseCalendarDay, type CalendarDay } from '../../../shared/domain/calendarDate';
import { retentionReview, setFamilyRetention } from '../privacy/retentionService';
import type { WriteContext } from '../recordStore/writeContext';

/**
 * Retention for the demo vault, so "Bewaren en vernietigen" has something to review: every family
 * (not on the demo meeting's agenda) whose children have all left primary school gets the class
 * "schooldossier" with, as the day its clock started, the day the youngest left school — the first
 * 15 July on which that child was 12 (the end of groep 8). With the demo region that puts at least
 * one family past its two years ("verlopen") and others still to keep, with a due date.
 *
 * Through the retention store, so each choice is audited under the demo operator. No randomness:
 * the same region and the same moment give the same classes and dates.
 */
const SCHOOL_LEAVING_AGE = 12;

/** The day a child born on `birth` leaves primary school: the first 15 July on which it is 12 or older. */
export function schoolLeavingDay(birth: CalendarDay): CalendarDay {
  let leave: CalendarDay = { year: birth.year + SCHOOL_LEAVING_AGE, month: 7, day: 15 };
  if (ageInYears(birth, leave) < SCHOOL_LEAVING_AGE) leave = { ...leave, year: leave.year + 1 };
  return leave;
}

export function seedDemoRetention(ctx: WriteContext, excludedFamilyIds: readonly string[]): { familyIds: string[]; pastDue: number } {
  const today = calendarDayOf(ctx.at);
  const rows = ctx.db
    .prepare(
      `SELECT f.id AS family_id, m.birth_date, m.school_id FROM families f JOIN family_members m ON m.family_id = f.id
       WHERE m.role = 'kind' ORDER BY f.display_name, f.id, m.birth_date, m.id`,
    )
    .all() as { family_id: string; birth_date: string | null; school_id: string | null }[];
  const byFamily = new Map<string, { birth: CalendarDay | null; atSchool: boolean }[]>();
  for (const r of rows) {
    if (excludedFamilyIds.includes(r.family_id)) continue;
    const list = byFamily.get(r.family_id) ?? [];
    list.push({ birth: r.birth_date === null ? null : parseCalendarDay(r.birth_date), atSchool: r.school_id !== null });
    byFamily.set(r.family_id, list);
  }
  const chosen: string[] = [];
  for (const [familyId, children] of byFamily) {
    // Every child known by birth date and past primary school: none there now, none still to come.
    if (children.some((c) => c.birth === null || c.atSchool || ageInYears(c.birth, today) < SCHOOL_LEAVING_AGE)) continue;
    const leavingDays = children.map((c) => schoolLeavingDay(c.birth!));
    const lastLeft = leavingDays.reduce((latest, d) => (compareCalendarDays(d, latest) > 0 ? d : latest));
    if (compareCalendarDays(lastLeft, today) > 0) continue;
    setFamilyRetention(ctx, { familyId, retentionClass: 'school', triggerDate: formatCalendarDay(lastLeft) });
    chosen.push(familyId);
  }
  const review = retentionReview(ctx.db, ctx.at);
  return { familyIds: chosen, pastDue: review.items.filter((i) => i.state === 'verlopen').length };
}
