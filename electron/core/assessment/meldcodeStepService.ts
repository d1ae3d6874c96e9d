import { AppError } from '../../../shared/contract/errors';
import { calendarDayOf } from '../../../shared/domain/calendarDate';
import { meldcodeStepProblems, type MeldcodeStep, type MeldcodeStepInput, type MeldcodeStepProblem } from '../../../shared/instrument/meldcodeSteps';
import { readRecord, readRecords, removeRecord, saveRecord } from '../recordStore/recordTable';
import type { WriteContext } from '../recordStore/writeContext';
import { requireRow } from '../register/references';
import type { ReadableDb } from '../vault/connection';
import { meldcodeStepTable, type MeldcodeStepRow } from './meldcodeTables';

/** The Meldcode's steps 2 and 3 per family and per professional: read, checked, saved, removed. */
function toStep(r: MeldcodeStepRow): MeldcodeStep {
  return {
    id: r.id,
    familyId: r.familyId,
    professional: { name: r.professionalName, discipline: r.professionalDiscipline },
    step: r.step,
    date: r.date,
    anonymous: r.anonymous,
    withWhom: r.withWhom,
    ledBy: r.ledBy,
    outcome: r.outcome,
  };
}

export function listMeldcodeSteps(db: ReadableDb, familyId: string): MeldcodeStep[] {
  return readRecords(db, meldcodeStepTable, 'family_id = ?', [familyId], 'date, created_at').map(toStep);
}

const PROBLEM_TEXT: Record<MeldcodeStepProblem, string> = {
  professional: 'vul naam en discipline van de professional in',
  outcome: 'schrijf op wat eruit kwam',
  led_by: 'noem wie het gesprek voert',
  anonymous_only_advice: 'alleen een advies van Veilig Thuis kan anoniem',
  date_in_future: 'de datum ligt in de toekomst',
};

export function saveMeldcodeStep(ctx: WriteContext, input: MeldcodeStepInput): MeldcodeStep {
  const problems = meldcodeStepProblems(input, calendarDayOf(ctx.at));
  if (problems.length > 0) throw new AppError('invalid_request', `Stap niet opgeslagen: ${problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`);
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  if (input.id !== undefined && readRecord(ctx.db, meldcodeStepTable, input.id).familyId !== input.familyId) {
    throw new AppError('invalid_request', 'Een Meldcodestap hoort bij één gezin.');
  }
  const saved = saveRecord(ctx, meldcodeStepTable, {
    ...(input.id === undefined ? {} : { id: input.id }),
    familyId: input.familyId,
    professionalName: input.professional.name,
    professionalDiscipline: input.professional.discipline,
    step: input.step,
    date: input.date,
    anonymous: input.anonymous,
    withWhom: input.withWhom,
    ledBy: input.ledBy,
    outcome: input.outcome,
  });
  return toStep(saved);
}

export function removeMeldcodeStep(ctx: WriteContext, id: string): boolean {
  return removeRecord(ctx, meldcodeStepTable, id);
}
