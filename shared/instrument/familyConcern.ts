import { z } from 'zod';
import { CalendarDayString, RecordId } from '../domain/records';
import { levelRank, RiskLevelSchema, type RiskLevel } from './assessmentRecords';

/**
 * The family's concern, read one way everywhere (closure gate, summaries, handover, Veilig Thuis
 * suspicion, meeting mode, digest, Opvolging, report). Risk is assessed per child; a child's
 * concern is its own latest assessment; the family's concern is the highest of those, always named
 * with the child it belongs to. A sibling assessed later at laag never hides a brother at acuut,
 * because a reassessment replaces only the same child's earlier one.
 */
export const ChildConcern = z.object({
  childId: RecordId,
  childName: z.string(),
  assessmentId: RecordId,
  assessedOn: CalendarDayString,
  now: RiskLevelSchema,
  future: RiskLevelSchema,
  /** The higher of now and future: what this child's concern is ranked by. */
  level: RiskLevelSchema,
  flags: z.array(z.string()),
  /**
   * The latest assessment points to reporting (melden-norm, or an afwegingskader that ends in
   * melden) and no report to Veilig Thuis was made or decided on or after the day it was assessed.
   */
  reportingOpen: z.boolean(),
  /** A professional's latest answer to afweging question 1 about this child is "ja". */
  suspicion: z.boolean(),
  /** Question 4 was answered "ja" with an agreed term while question 5 is still open, per professional. */
  openTerms: z.array(z.object({ professional: z.string(), term: CalendarDayString })),
});
export type ChildConcern = z.infer<typeof ChildConcern>;

export const FamilyConcern = z.object({
  /** The highest concern of any child; null when no child was assessed. */
  level: RiskLevelSchema.nullable(),
  /** The children at that highest level (more than one when they share it). */
  highest: z.array(ChildConcern),
  /** Every assessed child, highest concern first. */
  children: z.array(ChildConcern),
});
export type FamilyConcern = z.infer<typeof FamilyConcern>;

export const NO_CONCERN: FamilyConcern = { level: null, highest: [], children: [] };

export function higherLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(b) > levelRank(a) ? b : a;
}

export function concernLevel(levels: { now: RiskLevel; future: RiskLevel }): RiskLevel {
  return higherLevel(levels.now, levels.future);
}

export interface DatedAssessment {
  id: string;
  childId: string;
  assessedOn: string;
  createdAt: string;
}

/**
 * Which of two assessments of one child is the later: the later day of assessment, then the later
 * entry (a reassessment on the same day), then the id, so the answer never depends on the order the
 * rows were read in. An old assessment typed in afterwards does not replace a newer one.
 */
export function isLater(a: DatedAssessment, b: DatedAssessment): boolean {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

/** Each child's own latest assessment, one per child. */
export function latestPerChild<T extends DatedAssessment>(assessments: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const a of assessments) {
    const current = latest.get(a.childId);
    if (current === undefined || isLater(a, current)) latest.set(a.childId, a);
  }
  return [...latest.values()];
}

/** Highest concern first; within a level the higher "now", then by name, so the order is stable. */
function byConcern(a: ChildConcern, b: ChildConcern): number {
  return (
    levelRank(b.level) - levelRank(a.level) ||
    levelRank(b.now) - levelRank(a.now) ||
    a.childName.localeCompare(b.childName, 'nl') ||
    (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0)
  );
}

export function familyConcernOf(children: readonly ChildConcern[]): FamilyConcern {
  if (children.length === 0) return NO_CONCERN;
  const sorted = [...children].sort(byConcern);
  const level = sorted[0]!.level;
  return { level, highest: sorted.filter((c) => c.level === level), children: sorted };
}

/** Does the family's concern need closing to wait: any child whose latest level is hoog or acuut. */
export function childrenAtHighConcern(concern: FamilyConcern): ChildConcern[] {
  return concern.children.filter((c) => levelRank(c.level) >= levelRank('hoog'));
}

export interface QuestionOneAnswer {
  /** professionalKey of who answered. */
  professional: string;
  answer: 'ja' | 'nee';
  date: string;
  /** When it was recorded (ISO instant): orders two answers given on the same day. */
  recordedAt: string;
}

/**
 * A suspicion about one child: per professional their latest answer to afweging question 1 about
 * that child (over all of the child's assessments) is "ja". A revised "nee" takes back only that
 * professional's own suspicion about that child, never one about a brother or sister.
 */
export function suspicionAbout(answers: readonly QuestionOneAnswer[]): boolean {
  const latest = new Map<string, QuestionOneAnswer>();
  for (const a of answers) {
    const seen = latest.get(a.professional);
    if (seen === undefined || a.date > seen.date || (a.date === seen.date && a.recordedAt >= seen.recordedAt)) latest.set(a.professional, a);
  }
  return [...latest.values()].some((a) => a.answer === 'ja');
}

/** The flags with which an assessment points to reporting to Veilig Thuis. */
export const REPORTING_FLAGS: readonly string[] = ['meldnorm', 'afweging_melden'];

/**
 * A reporting decision is settled only by a report (or the decision to report) made on or after the
 * day of the assessment that opened it: a report from an earlier year says nothing about today's
 * concern. `reportStarts` are the first days (day numbers) each report on record can mean.
 */
export function reportingOpen(flags: readonly string[], assessedOnDay: number, reportStarts: readonly number[]): boolean {
  if (!flags.some((f) => REPORTING_FLAGS.includes(f))) return false;
  return !reportStarts.some((start) => start >= assessedOnDay);
}
