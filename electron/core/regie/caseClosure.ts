import { AppError } from '../../../shared/contract/errors';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { closureGate, describeMissingInDutch, type GateInput, type GateResult } from '../../../shared/regie/closureGate';
import type { CaseClosure } from '../../../shared/regie/regieRecords';
import { readRecords, saveRecord } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { listAssessments } from '../assessment/assessmentService';
import { listActions } from './regieActions';
import { closureTable } from './regieTables';

export function readClosure(db: ReadableDb, familyId: string): CaseClosure | null {
  return readRecords(db, closureTable, 'family_id = ?', [familyId], 'id')[0] ?? null;
}

function blankClosure(familyId: string): Omit<CaseClosure, 'id'> {
  return { familyId, safetyJudgement: '', safetyJudgementDate: null, childrenSeen: [], status: 'open', closedOn: null, closedBy: '' };
}

/** Saves what the gate looks at; one row per family, created on the first change. */
export function saveClosure(
  ctx: WriteContext,
  patch: { familyId: string; safetyJudgement?: string | undefined; safetyJudgementDate?: string | null | undefined; childSeen?: { memberId: string; date: string | null } | undefined },
): CaseClosure {
  requireRow(ctx.db, 'families', patch.familyId, 'Het gezin');
  const current = readClosure(ctx.db, patch.familyId) ?? blankClosure(patch.familyId);
  let childrenSeen = current.childrenSeen;
  if (patch.childSeen !== undefined) {
    const { memberId, date } = patch.childSeen;
    requireRow(ctx.db, 'family_members', memberId, 'Het kind', "family_id = ? AND role = 'kind'", [patch.familyId]);
    childrenSeen = [...childrenSeen.filter((s) => s.memberId !== memberId), ...(date === null ? [] : [{ memberId, date }])];
  }
  return saveRecord(ctx, closureTable, {
    ...current,
    safetyJudgement: patch.safetyJudgement ?? current.safetyJudgement,
    safetyJudgementDate: patch.safetyJudgementDate === undefined ? current.safetyJudgementDate : patch.safetyJudgementDate,
    childrenSeen,
  });
}

/**
 * What the gate needs of the latest risk assessment: its effective levels, and whether it points to
 * reporting (melden-norm, or an afwegingskader that ends in melden) while no report to Veilig Thuis
 * is on record (an escalation step or a report on the timeline).
 */
export function closureRisk(db: ReadableDb, familyId: string): Pick<GateInput, 'latestLevels' | 'reportingOpen'> {
  const latest = listAssessments(db, familyId)[0];
  if (latest === undefined) return { latestLevels: null, reportingOpen: false };
  const pointsToReport = latest.flags.some((f) => f === 'meldnorm' || f === 'afweging_melden');
  const reported = db
    .prepare(
      `SELECT 1 FROM escalation_steps WHERE family_id = @f AND step = 'veilig_thuis_melding'
       UNION ALL SELECT 1 FROM timeline_events WHERE family_id = @f AND type = 'melding' LIMIT 1`,
    )
    .get({ f: familyId });
  return { latestLevels: { now: latest.effective.now, future: latest.effective.future }, reportingOpen: pointsToReport && reported === undefined };
}

/** The gate as it stands today for a family (same rule as the screen uses). */
export function gateOf(db: ReadableDb, familyId: string, today: Date): GateResult {
  const closure = readClosure(db, familyId) ?? blankClosure(familyId);
  const children = (
    db.prepare("SELECT id, given_name, family_name FROM family_members WHERE family_id = ? AND role = 'kind' ORDER BY birth_date, given_name").all(familyId) as {
      id: string;
      given_name: string;
      family_name: string;
    }[]
  ).map((c) => ({ id: c.id, name: `${c.given_name} ${c.family_name}`.trim() }));
  return closureGate({
    safetyJudgement: closure.safetyJudgement,
    safetyJudgementDate: closure.safetyJudgementDate,
    children,
    childrenSeen: closure.childrenSeen,
    monitoring: listActions(db, familyId).filter((a) => a.kind === 'monitoring'),
    ...closureRisk(db, familyId),
    today: calendarDayOf(today),
  });
}

/** Closes or scales down the case, only when the gate is open; otherwise says exactly what is missing. */
export function closeCase(ctx: WriteContext, familyId: string, outcome: 'gesloten' | 'afgeschaald'): CaseClosure {
  requireRow(ctx.db, 'families', familyId, 'Het gezin');
  const gate = gateOf(ctx.db, familyId, ctx.at);
  if (!gate.allowed) throw new AppError('invalid_request', `De casus kan nog niet worden ${outcome === 'gesloten' ? 'afgesloten' : 'afgeschaald'}. ${describeMissingInDutch(gate.missing)}`);
  const current = readClosure(ctx.db, familyId) ?? blankClosure(familyId);
  return saveRecord(ctx, closureTable, { ...current, status: outcome, closedOn: formatCalendarDay(calendarDayOf(ctx.at)), closedBy: stamp(ctx).by });
}

export function reopenCase(ctx: WriteContext, familyId: string): CaseClosure {
  const current = readClosure(ctx.db, familyId);
  if (current === null || current.status === 'open') throw new AppError('invalid_request', 'Deze casus is niet afgesloten of afgeschaald.');
  return saveRecord(ctx, closureTable, { ...current, status: 'open', closedOn: null, closedBy: '' });
}
