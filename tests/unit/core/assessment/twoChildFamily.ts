import { addTrailEntry, saveJudgement, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { createFamily } from '../../../../electron/core/families/familyService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { WritableDb } from '../../../../electron/core/vault/connection';
import type { RiskLevel } from '../../../../shared/instrument/assessmentRecords';

const OPERATOR = { name: 'Anouk Visser', organisation: 'Wijkteam Noord', role: 'voorzitter' };
export const PROFESSIONAL = { name: 'Marieke Postma', discipline: 'wijkteam' };

/** A write at nine in the morning (Amsterdam) of `day`: the day an assessment started then is that day. */
function on(db: WritableDb, day: string, undo: UndoLog<WriteContext>): WriteContext {
  return { db, operator: OPERATOR, at: new Date(`${day}T08:00:00.000Z`), undo };
}

/** One child's assessment on `day`, judged at `level` (now and in the future); raising needs no reason. */
export function assess(db: WritableDb, familyId: string, childId: string, day: string, level: RiskLevel): string {
  const undo = new UndoLog<WriteContext>(0);
  const { assessment } = startAssessment(on(db, day, undo), { familyId, childId, instrumentId: null, meetingId: null });
  saveJudgement(on(db, day, undo), assessment.id, { now: level, future: level, reason: '', scales: [], date: day });
  return assessment.id;
}

/**
 * The afwegingskader of one professional up to question 4 "ja" with an agreed term: question 5
 * (does the help lead to lasting safety?) is still open.
 */
export function agreeTerm(db: WritableDb, assessmentId: string, day: string, term: string): void {
  const undo = new UndoLog<WriteContext>(0);
  const step = (question: 1 | 2 | 3 | 4, answer: 'ja' | 'nee') =>
    addTrailEntry(on(db, day, undo), assessmentId, {
      professional: PROFESSIONAL,
      question,
      answer,
      reasoning: `Onderbouwing bij vraag ${question}`,
      date: day,
      monitoring: '',
      term: question === 4 ? term : null,
      casemanager: question === 4 ? 'Joost Kuipers' : '',
    });
  step(1, 'ja');
  step(2, 'nee');
  step(3, 'ja');
  step(4, 'ja');
}

export interface TwoChildFamily {
  familyId: string;
  familyName: string;
  older: { id: string; name: string; assessmentId: string };
  younger: { id: string; name: string; assessmentId: string };
}

/**
 * The family that must never be read by its newest assessment: the older child, Daan, was assessed
 * acuut; his younger sister Sophie was assessed *later* at laag. The family's concern is acuut,
 * named with Daan. With `term`, Daan's afweging agreed that term on question 4 and question 5 is open.
 */
export function twoChildFamily(
  db: WritableDb,
  options: { familyName?: string; acuteOn: string; lowOn: string; term?: string },
): TwoChildFamily {
  const familyName = options.familyName ?? 'Gezin Hoekstra';
  const surname = familyName.replace(/^Gezin /, '');
  const undo = new UndoLog<WriteContext>(0);
  const family = createFamily(on(db, options.acuteOn, undo), { displayName: familyName, anonymous: false });
  const child = (givenName: string, birthDate: string) =>
    saveMember(on(db, options.acuteOn, undo), { familyId: family.id, role: 'kind', givenName, familyName: surname, birthDate, parentalAuthority: false, schoolId: null, schoolGroup: '' });
  const daan = child('Daan', '2014-03-02');
  const sophie = child('Sophie', '2019-09-21');
  const olderAssessment = assess(db, family.id, daan.id, options.acuteOn, 'acuut');
  if (options.term !== undefined) agreeTerm(db, olderAssessment, options.acuteOn, options.term);
  const youngerAssessment = assess(db, family.id, sophie.id, options.lowOn, 'laag');
  return {
    familyId: family.id,
    familyName,
    older: { id: daan.id, name: `Daan ${surname}`, assessmentId: olderAssessment },
    younger: { id: sophie.id, name: `Sophie ${surname}`, assessmentId: youngerAssessment },
  };
}
