import { z } from 'zod';
import { addDays } from '../retention/retentionDate';
import { formatCalendarDay, parseCalendarDay } from '../domain/calendarDate';
import type { ConflictOfDuties, Consent, HouseholdMember } from '../domain/records';
import { conflictActiveOn } from '../exports/conflictOfDutiesValidity';

/**
 * A basis for sharing that runs out soon: a consent or a conflict van plichten decision that gives a
 * basis today and whose last valid day comes before the family's next meeting. Without a next
 * meeting on record we look four weeks ahead: long enough to ask for a new consent in time.
 */
export const BASIS_ENDING_HORIZON_DAYS = 28;

export const BasisEnding = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('toestemming'),
    consentId: z.string(),
    /** Whose consent, by name. */
    personName: z.string(),
    /** The organisations it still gives a basis for today. */
    organisationIds: z.array(z.string()),
    lastValidDay: z.string(),
  }),
  z.object({ kind: z.literal('conflict_van_plichten'), decisionId: z.string(), organisationIds: z.array(z.string()), lastValidDay: z.string() }),
]);
export type BasisEnding = z.infer<typeof BasisEnding>;

export const BasisEndings = z.object({
  /** The day the basis must still hold: the next meeting's day, or today plus the horizon. */
  before: z.string(),
  /** True when `before` is the next meeting's day, false when it is the four-week horizon. */
  beforeMeeting: z.boolean(),
  endings: z.array(BasisEnding),
});
export type BasisEndings = z.infer<typeof BasisEndings>;

const displayName = (m: HouseholdMember) => (m.familyName ? `${m.givenName} ${m.familyName}` : m.givenName);

/** Whether this consent is the one that counts for the person and organisation (the latest word, as the age rule reads it). */
function counts(consent: Consent, organisationId: string, consents: readonly Consent[]): boolean {
  let latest: Consent | undefined;
  for (const c of consents) {
    if (c.personId !== consent.personId) continue;
    if (!(c.organisationIds.includes(organisationId) || (c.status !== 'gegeven' && c.organisationIds.length === 0))) continue;
    if (!latest || c.date >= latest.date) latest = c;
  }
  return latest?.id === consent.id;
}

export function basisEndings(input: {
  members: readonly HouseholdMember[];
  consents: readonly Consent[];
  conflicts: readonly ConflictOfDuties[];
  today: string;
  /** The day of the next meeting with this family on its agenda; null when none is planned. */
  nextMeetingDay: string | null;
}): BasisEndings {
  const today = parseCalendarDay(input.today);
  const before = input.nextMeetingDay ?? (today ? formatCalendarDay(addDays(today, BASIS_ENDING_HORIZON_DAYS)) : input.today);
  const endings: BasisEnding[] = [];
  for (const c of input.consents) {
    if (c.status !== 'gegeven' || c.validUntil === null || c.validUntil < input.today || c.validUntil >= before) continue;
    const member = input.members.find((m) => m.id === c.personId);
    if (!member) continue;
    const organisationIds = c.organisationIds.filter((o) => counts(c, o, input.consents));
    if (organisationIds.length > 0) endings.push({ kind: 'toestemming', consentId: c.id, personName: displayName(member), organisationIds, lastValidDay: c.validUntil });
  }
  for (const d of input.conflicts) {
    if (!conflictActiveOn(d, input.today)) continue;
    const lastValidDay = lastDayOf(d);
    if (lastValidDay !== null && lastValidDay < before) endings.push({ kind: 'conflict_van_plichten', decisionId: d.id, organisationIds: d.organisationIds, lastValidDay });
  }
  endings.sort((a, b) => (a.lastValidDay < b.lastValidDay ? -1 : a.lastValidDay > b.lastValidDay ? 1 : 0));
  return { before, beforeMeeting: input.nextMeetingDay !== null, endings };
}

/** The last day a decision gives a basis, when it has one: its "geldig t/m" or the day before it was ended. */
export function lastDayOf(d: Pick<ConflictOfDuties, 'validUntil' | 'endedOn'>): string | null {
  const dayBeforeEnd = d.endedOn === null ? null : dayBefore(d.endedOn);
  if (d.validUntil === null) return dayBeforeEnd;
  if (dayBeforeEnd === null) return d.validUntil;
  return d.validUntil < dayBeforeEnd ? d.validUntil : dayBeforeEnd;
}

function dayBefore(day: string): string | null {
  const parsed = parseCalendarDay(day);
  return parsed ? formatCalendarDay(addDays(parsed, -1)) : null;
}
