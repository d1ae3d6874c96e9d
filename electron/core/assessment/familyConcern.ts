import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { professionalKey } from '../../../shared/instrument/afwegingskader';
import {
  concernLevel,
  familyConcernOf,
  NO_CONCERN,
  reportingOpen,
  suspicionAbout,
  type ChildConcern,
  type FamilyConcern,
  type QuestionOneAnswer,
} from '../../../shared/instrument/familyConcern';
import { dayNumber, parseFuzzyDate } from '../../../shared/timeline/fuzzyDate';
import { addToGroup } from '../recordStore/groupByKey';
import type { ReadableDb } from '../vault/connection';
import { latestAssessmentsPerChild } from './assessmentService';

/**
 * The one reading of a family's concern (shared/instrument/familyConcern): each child's latest
 * assessment, whether it leaves a reporting decision open, and whether any professional holds a
 * suspicion about that child. For one family, or for every family at once (Opvolging, report).
 */
export function readFamilyConcern(db: ReadableDb, familyId: string, until: string | null = null): FamilyConcern {
  return concernsOf(db, familyId, until).get(familyId) ?? NO_CONCERN;
}

/** The concerns of `only` (each read on its own: a page of a list), or every family's when null. */
export function readConcernsOf(db: ReadableDb, only: readonly string[] | null): Map<string, FamilyConcern> {
  return only === null ? readFamilyConcerns(db) : new Map(only.map((id) => [id, readFamilyConcern(db, id)]));
}

/** Every family's concern, keyed by family id; families without an assessment are absent. */
export function readFamilyConcerns(db: ReadableDb, until: string | null = null): Map<string, FamilyConcern> {
  return concernsOf(db, null, until);
}

function concernsOf(db: ReadableDb, familyId: string | null, until: string | null): Map<string, FamilyConcern> {
  const latest = latestAssessmentsPerChild(db, familyId, until);
  if (latest.length === 0) return new Map();
  const scope = familyId === null ? '' : 'AND a.family_id = @familyId';
  const period = until === null ? '' : 'AND a.assessed_on <= @until';

  const answersOf = new Map<string, QuestionOneAnswer[]>();
  const answers = db
    .prepare(
      `SELECT a.child_id, e.professional_name, e.professional_discipline, e.answer, e.date, e.created_at
       FROM afweging_entries e JOIN assessments a ON a.id = e.assessment_id
       WHERE e.question = 1 ${scope} ${period}`,
    )
    .all({ familyId, until }) as { child_id: string; professional_name: string; professional_discipline: string; answer: 'ja' | 'nee'; date: string; created_at: string }[];
  for (const r of answers) {
    addToGroup(answersOf, r.child_id, {
      professional: professionalKey({ name: r.professional_name, discipline: r.professional_discipline }),
      answer: r.answer,
      date: r.date,
      recordedAt: r.created_at,
    });
  }

  // Reports (and decisions to report) per family, as the first day each can mean.
  const reportsOf = new Map<string, number[]>();
  const reportScope = familyId === null ? '' : 'AND family_id = @familyId';
  const reports = db
    .prepare(
      `SELECT family_id, date FROM escalation_steps WHERE step = 'veilig_thuis_melding' ${reportScope}
       UNION ALL SELECT family_id, date FROM timeline_events WHERE type = 'melding' ${reportScope}`,
    )
    .all({ familyId }) as { family_id: string; date: string }[];
  for (const r of reports) {
    const start = parseFuzzyDate(r.date)?.startDay;
    if (start !== undefined) addToGroup(reportsOf, r.family_id, start);
  }

  const childrenOf = new Map<string, ChildConcern[]>();
  for (const { summary: s, evaluation } of latest) {
    const assessed = parseCalendarDay(s.assessedOn);
    const assessedDay = assessed === null ? Number.MAX_SAFE_INTEGER : dayNumber(assessed.year, assessed.month, assessed.day);
    addToGroup(childrenOf, s.familyId, {
      childId: s.childId,
      childName: s.childName,
      assessmentId: s.id,
      assessedOn: s.assessedOn,
      now: s.effective.now,
      future: s.effective.future,
      level: concernLevel(s.effective),
      flags: s.flags,
      reportingOpen: reportingOpen(s.flags, assessedDay, reportsOf.get(s.familyId) ?? []),
      suspicion: suspicionAbout(answersOf.get(s.childId) ?? []),
      openTerms: evaluation.trails
        .filter((t) => t.term !== null && t.nextQuestion === 5)
        .map((t) => ({ professional: t.professional.name, term: t.term! })),
    });
  }
  const out = new Map<string, FamilyConcern>();
  for (const [id, children] of childrenOf) out.set(id, familyConcernOf(children));
  return out;
}
