import { z } from 'zod';
import { RecordId } from '../domain/records';
import { levelRank, RiskLevelSchema, type RiskLevel } from '../instrument/assessmentRecords';
import type { FamilyConcern } from '../instrument/familyConcern';

/**
 * The family's concern as a follow-up list carries it on every row: the highest level of each
 * child's latest assessment and the child (or children) at that level, so a row never says "acuut"
 * without saying about whom. `level` null: no child has been assessed.
 */
export const RowConcern = z.object({
  level: RiskLevelSchema.nullable(),
  children: z.array(z.object({ childId: RecordId, childName: z.string() })),
});
export type RowConcern = z.infer<typeof RowConcern>;

export const NO_ROW_CONCERN: RowConcern = { level: null, children: [] };

export function rowConcern(concern: FamilyConcern | undefined): RowConcern {
  if (concern === undefined || concern.level === null) return NO_ROW_CONCERN;
  return { level: concern.level, children: concern.highest.map((c) => ({ childId: c.childId, childName: c.childName })) };
}

/** acuut 3, hoog 2, verhoogd 1, laag 0, no assessment -1: the order in which follow-up comes first. */
export function concernRank(level: RiskLevel | null): number {
  return level === null ? -1 : levelRank(level);
}

/**
 * Rows with the highest concern first; rows at the same concern keep the order they came in (their
 * due date, or whatever else the list was ordered by), because Array.prototype.sort is stable.
 */
export function byConcernFirst<T>(rows: readonly T[], concernOf: (row: T) => RowConcern, then: (a: T, b: T) => number = () => 0): T[] {
  return [...rows].sort((a, b) => concernRank(concernOf(b).level) - concernRank(concernOf(a).level) || then(a, b));
}

/** Due dates earliest first; rows without one last. */
export function byDueDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface PassedTerm {
  childId: string;
  childName: string;
  professional: string;
  term: string;
}

/**
 * The afwegingskader terms that have passed: a professional answered question 4 "ja" with an agreed
 * term, question 5 (does the help lead to lasting safety?) is still open, and the term lies before
 * today. Oldest term first.
 */
export function passedTerms(concern: FamilyConcern, today: string): PassedTerm[] {
  return concern.children
    .flatMap((c) => c.openTerms.filter((t) => t.term < today).map((t) => ({ childId: c.childId, childName: c.childName, professional: t.professional, term: t.term })))
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.childName.localeCompare(b.childName, 'nl') || a.professional.localeCompare(b.professional, 'nl')));
}
