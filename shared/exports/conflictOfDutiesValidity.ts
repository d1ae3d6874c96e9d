import type { ConflictOfDuties } from '../domain/records';

/**
 * Whether a recorded conflict van plichten decision stands on a day (an ISO calendar day,
 * "2026-12-07"): from the day it was decided. Its own file so that when decisions get an end, only
 * this rule changes for everyone who asks (the summaries, handover packages, releases).
 */
export function conflictActiveOn(decision: Pick<ConflictOfDuties, 'date'>, day: string): boolean {
  return decision.date <= day;
}
