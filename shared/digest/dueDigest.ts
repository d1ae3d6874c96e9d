import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import type { RiskLevel } from '../instrument/assessmentRecords';
import { addWorkingDays, daysBetween } from '../regie/workingDays';

/**
 * "Sinds je laatste sessie": what fell due or became overdue between two sessions of the same
 * operator, so nothing due goes unseen between two meetings.
 *
 * An item is due now from its due day until the next working day: on a Friday, what falls due on
 * Saturday or Sunday is already shown, because nobody opens the app in the weekend and on Monday it
 * would first appear as overdue. From the day after its due day it is overdue. The digest compares
 * each item's state today with its state on the day of the operator's previous session: what
 * changed is new; what was already due or overdue then is listed apart, never dropped.
 */
export type DueState = 'nu' | 'te_laat';

export interface DueItem {
  /** YYYY-MM-DD: the due date, or for a postponed Verwijsindex informing the day it was postponed to. */
  dueDay: string;
}

export interface DigestEntry<T> {
  item: T;
  state: DueState;
  /** Whole calendar days past the due day (0 when due now). */
  daysOverdue: number;
}

export interface Digest<T> {
  /** Fell due or became overdue since the previous session (all of them at a first session). */
  fresh: DigestEntry<T>[];
  /** Already due or overdue at the previous session, in the same state or worse, and still open. */
  earlier: DigestEntry<T>[];
}

/** The first working day after `day`. */
export function nextWorkingDay(day: CalendarDay): CalendarDay {
  return addWorkingDays(day, 1);
}

/** The state of an item due on `due`, seen on `on`; null while it is not yet due. */
export function dueStateOn(due: CalendarDay, on: CalendarDay): DueState | null {
  if (compareCalendarDays(due, on) < 0) return 'te_laat';
  return compareCalendarDays(due, nextWorkingDay(on)) < 0 ? 'nu' : null;
}

export function dueDigest<T extends DueItem>(items: readonly T[], previousSessionDay: CalendarDay | null, today: CalendarDay): Digest<T> {
  const fresh: DigestEntry<T>[] = [];
  const earlier: DigestEntry<T>[] = [];
  for (const item of items) {
    const due = parseCalendarDay(item.dueDay);
    if (due === null) continue;
    const state = dueStateOn(due, today);
    if (state === null) continue;
    const entry: DigestEntry<T> = { item, state, daysOverdue: state === 'te_laat' ? daysBetween(due, today) : 0 };
    const before = previousSessionDay === null ? null : dueStateOn(due, previousSessionDay);
    if (before === state) earlier.push(entry);
    else fresh.push(entry);
  }
  const order = (a: DigestEntry<T>, b: DigestEntry<T>) => b.daysOverdue - a.daysOverdue || a.item.dueDay.localeCompare(b.item.dueDay);
  return { fresh: fresh.sort(order), earlier: earlier.sort(order) };
}

/** Levels of concern that must come back to the table. */
export const LEVELS_TO_DISCUSS: readonly RiskLevel[] = ['verhoogd', 'hoog', 'acuut'];

export interface QuietFamilyInput {
  /** The family's concern: the highest of each child's latest assessment. */
  level: RiskLevel;
  /** The day of the latest meeting (already started) that had the family on its agenda; null: never. */
  lastDiscussedDay: string | null;
  /** The day the concern was established (the assessment's day), the start when never discussed. */
  concernSince: string;
}

/** After how many weeks without a meeting a family shows: hoog and acuut sooner than verhoogd. */
export interface QuietWeeks {
  high: number;
  raised: number;
}

/**
 * A family whose concern is verhoogd, hoog or acuut and that has not been discussed for its weeks
 * (or not since the concern was established): how many whole days, or null when it need not show.
 * A family at verhoogd is less urgent, not forgotten: it shows after `raised` weeks.
 */
export function quietDays(f: QuietFamilyInput, today: CalendarDay, weeks: QuietWeeks): number | null {
  if (!LEVELS_TO_DISCUSS.includes(f.level)) return null;
  const since = parseCalendarDay(f.lastDiscussedDay ?? f.concernSince);
  if (since === null) return null;
  const days = daysBetween(since, today);
  const limit = f.level === 'verhoogd' ? weeks.raised : weeks.high;
  return days >= limit * 7 ? days : null;
}
