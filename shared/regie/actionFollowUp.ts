import { compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';
import { isPostponed, postponementIncomplete } from './verwijsindexInforming';
import { daysBetween } from './workingDays';
import type { ActionKind, ActionReview, ActionStatus, OpenReason, RegieAction } from './regieRecords';

/**
 * Rules that keep agreed actions from being forgotten: an owner and a due date, overdue ones,
 * the Verwijsindex action only done once parents/youngster were informed or informing was postponed
 * with a day and a reason, and a reason for every
 * action that is still open when the family comes back to the table.
 */
export type ActionProblem =
  | 'description'
  | 'owner'
  | 'owner_ambiguous'
  | 'owner_professional'
  | 'due_date'
  | 'signaller'
  | 'not_informed'
  | 'postponement_incomplete';

export interface ActionInput {
  kind: ActionKind;
  description: string;
  ownerProfessionalId: string | null;
  ownerOrganisationId: string | null;
  ownerFamily?: boolean | undefined;
  ownerNetworkMemberId?: string | null | undefined;
  dueDate: string | null;
  status: ActionStatus;
  signallerOrganisationId: string | null;
  informed: boolean;
  informingPostponedUntil: string | null;
  informingPostponedReason: string;
}

export function actionProblems(a: ActionInput): ActionProblem[] {
  const problems: ActionProblem[] = [];
  if (a.description.trim() === '') problems.push('description');
  const ownerKinds = ownerKindsOf(a);
  if (ownerKinds.length === 0) problems.push('owner');
  else if (ownerKinds.length > 1) problems.push('owner_ambiguous');
  // Informing a signaller and registering in the Verwijsindex are a professional's legal duties.
  else if ((a.kind === 'terugkoppeling' || a.kind === 'verwijsindex') && ownerKinds[0] !== 'professional') problems.push('owner_professional');
  // Monitoring agreements run on until the case closes; every other action has a date.
  if (a.kind !== 'monitoring' && a.dueDate === null) problems.push('due_date');
  if (a.kind === 'terugkoppeling' && a.signallerOrganisationId === null) problems.push('signaller');
  if (a.kind === 'verwijsindex' && postponementIncomplete(a)) problems.push('postponement_incomplete');
  else if (a.kind === 'verwijsindex' && a.status === 'gedaan' && !a.informed && !isPostponed(a)) problems.push('not_informed');
  return problems;
}

export type ActionOwnerKind = 'professional' | 'gezin' | 'netwerk';

/** Who carries the action out; exactly one of these is valid. */
export function ownerKindsOf(a: Pick<ActionInput, 'ownerProfessionalId' | 'ownerOrganisationId' | 'ownerFamily' | 'ownerNetworkMemberId'>): ActionOwnerKind[] {
  const kinds: ActionOwnerKind[] = [];
  if (a.ownerProfessionalId !== null || a.ownerOrganisationId !== null) kinds.push('professional');
  if (a.ownerFamily === true) kinds.push('gezin');
  if (a.ownerNetworkMemberId !== null && a.ownerNetworkMemberId !== undefined) kinds.push('netwerk');
  return kinds;
}

/** Open, with a due date before `today`. */
export function isOverdue(a: Pick<RegieAction, 'status' | 'dueDate'>, today: CalendarDay): boolean {
  if (a.status !== 'open' || a.dueDate === null) return false;
  const due = parseCalendarDay(a.dueDate);
  return due !== null && compareCalendarDays(due, today) < 0;
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(a: Pick<RegieAction, 'status' | 'dueDate'>, today: CalendarDay): number {
  if (!isOverdue(a, today)) return 0;
  return daysBetween(parseCalendarDay(a.dueDate!)!, today);
}

export interface OpenActionAtMeeting<A> {
  action: A;
  reason: OpenReason | null;
  note: string;
}

/**
 * The actions to go through first at a meeting: those agreed before it started and still open
 * (or closed, but reviewed at this meeting), oldest due date first, each with the reason given here.
 */
export function openActionsAtMeeting<A extends Pick<RegieAction, 'id' | 'status' | 'dueDate' | 'createdAt' | 'kind'>>(
  actions: readonly A[],
  reviews: readonly ActionReview[],
  meeting: { id: string; startsAt: string },
): OpenActionAtMeeting<A>[] {
  const startsAt = Date.parse(meeting.startsAt);
  const here = new Map(reviews.filter((r) => r.meetingId === meeting.id).map((r) => [r.actionId, r]));
  return actions
    .filter((a) => a.kind !== 'monitoring' && Date.parse(a.createdAt) < startsAt && a.status === 'open')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt))
    .map((action) => {
      const review = here.get(action.id);
      return { action, reason: review?.reason ?? null, note: review?.note ?? '' };
    });
}

/** How many of those still lack a reason. */
export function missingReasons(items: readonly OpenActionAtMeeting<unknown>[]): number {
  return items.filter((i) => i.reason === null).length;
}
