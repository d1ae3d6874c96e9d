import { z } from 'zod';
import { formatCalendarDay, parseCalendarDay } from '../domain/calendarDate';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import type { ChildConcern, FamilyConcern } from '../instrument/familyConcern';
import { addDays } from '../retention/retentionDate';

/**
 * Veiligheidsafspraken: at acuut the first question is what keeps a child safe now, before any
 * plan for later. Each agreement names the children it covers, what keeps them safe, who does it
 * (a professional or organisation, the family itself or someone of its network: exactly one, as for
 * an action), by which day, and what the parents agreed to and when.
 */
export const SAFETY_AGREEMENT_STATUSES = ['open', 'gedaan'] as const;
export type SafetyAgreementStatus = (typeof SAFETY_AGREEMENT_STATUSES)[number];

/** A safety agreement is about now: its term is counted in days, at most two weeks ahead. */
export const MAX_TERM_DAYS = 14;
export const DEFAULT_TERM_DAYS = 3;

export const SafetyAgreement = z.object({
  id: RecordId,
  familyId: RecordId,
  /** The children it covers (at least one). */
  childIds: z.array(RecordId),
  /** What keeps the child safe now. */
  what: z.string(),
  ownerProfessionalId: RecordId.nullable(),
  ownerOrganisationId: RecordId.nullable(),
  ownerFamily: z.boolean(),
  ownerNetworkMemberId: RecordId.nullable(),
  dueDate: CalendarDayString,
  status: z.enum(SAFETY_AGREEMENT_STATUSES),
  /** What the parents agreed to, in their words or the professional's. */
  parentsAgreement: z.string(),
  /** The day the parents agreed; null while they have not (yet). */
  parentsAgreedOn: CalendarDayString.nullable(),
  doneOn: CalendarDayString.nullable(),
  createdAt: IsoDateTime,
});
export type SafetyAgreement = z.infer<typeof SafetyAgreement>;

/** The day a term of `days` days from `today` ends, or why it cannot. */
export function termEnd(today: string, days: number): { dueDate: string } | { problem: 'term_negative' | 'term_too_long' } {
  if (!Number.isInteger(days) || days < 0) return { problem: 'term_negative' };
  if (days > MAX_TERM_DAYS) return { problem: 'term_too_long' };
  const day = parseCalendarDay(today);
  if (day === null) return { problem: 'term_negative' };
  return { dueDate: formatCalendarDay(addDays(day, days)) };
}

/**
 * The children at acuut (by their own latest assessment) that no open-or-done safety agreement
 * covers. A child is covered by any agreement that names it, whatever the agreement's owner.
 */
export function acuteChildrenWithoutAgreement(
  concern: FamilyConcern,
  agreements: readonly Pick<SafetyAgreement, 'childIds' | 'status'>[],
): ChildConcern[] {
  const covered = new Set(agreements.filter((a) => a.status === 'open' || a.status === 'gedaan').flatMap((a) => a.childIds));
  return concern.children.filter((c) => c.level === 'acuut' && !covered.has(c.childId));
}

/** "Fenna", "Fenna en Daan", "Fenna, Daan en Mila": children named in one Dutch phrase. */
export function dutchNameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}
