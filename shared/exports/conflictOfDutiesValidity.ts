/**
 * When a conflict van plichten decision gives a basis. It counts from the day it was decided, up to
 * and including its "geldig tot en met" day if it has one, and no longer from the day it was ended
 * ("beëindigd op"): the decider judged that from that day the child's safety no longer requires
 * sharing without consent. Days are `YYYY-MM-DD` strings, which compare as days.
 */
export interface ConflictDecisionPeriod {
  date: string;
  validUntil: string | null;
  endedOn: string | null;
}

export function conflictActiveOn(decision: ConflictDecisionPeriod, day: string): boolean {
  if (decision.date > day) return false;
  if (decision.validUntil !== null && day > decision.validUntil) return false;
  if (decision.endedOn !== null && day >= decision.endedOn) return false;
  return true;
}

/** The organisations the decisions active on `day` cover, each once. */
export function conflictOrganisationsOn(decisions: readonly (ConflictDecisionPeriod & { organisationIds: readonly string[] })[], day: string): string[] {
  return [...new Set(decisions.filter((d) => conflictActiveOn(d, day)).flatMap((d) => d.organisationIds))];
}
