import { randomUUID } from 'node:crypto';
import type { NewRegieDecision } from '../../../shared/contract/regieChannels';
import { AppError } from '../../../shared/contract/errors';
import { activeRegie, newRegieProblems, regieChanges, type NewRegieProblem, type RegieChange } from '../../../shared/regie/regieRule';
import type { RegieDecision } from '../../../shared/regie/regieRecords';
import { readRecord, readRecords, saveRecord, toRow } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { restoreValues, takeSnapshot } from '../recordStore/rowSnapshot';
import { reindexFamily } from '../recordStore/searchIndex';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { decisionTable } from './regieTables';

export function listDecisions(db: ReadableDb, familyId: string): RegieDecision[] {
  return readRecords(db, decisionTable, 'family_id = ?', [familyId], 'since, recorded_at');
}

/**
 * The regiewissel events of one family, oldest first (the timeline shows them): every recorded
 * decision, with the regie it took over from.
 */
export function regieChangesOfFamily(db: ReadableDb, familyId: string): RegieChange[] {
  return regieChanges(listDecisions(db, familyId));
}

const PROBLEM_TEXT: Record<NewRegieProblem, string> = {
  regisseur_person: 'kies de regisseur (persoon)',
  regisseur_organisation: 'kies de organisatie van de regisseur',
  regisseur_mandate: 'kies het mandaat van de regisseur',
  eigen_regie_judgement: 'leg het oordeel vast dat het gezin zelf regie kan voeren',
  eigen_regie_reasons: 'geef de redenen voor eigen regie',
  since_before_current: 'de ingangsdatum ligt vóór die van de huidige regie',
};

/**
 * Records a new regie decision. The active one ends on the day the new one starts, in the same
 * transaction, so there is never more than one; undo restores both.
 */
export function decideRegie(ctx: WriteContext, input: NewRegieDecision): RegieDecision {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  const normalised: NewRegieDecision =
    input.kind === 'regisseur'
      ? { ...input, judgement: '', reasons: input.reasons }
      : { ...input, professionalId: null, organisationId: null, mandate: null, doorzettingsmacht: false, contact: '' };
  if (normalised.professionalId !== null) requireRow(ctx.db, 'professionals', normalised.professionalId, 'De regisseur');
  if (normalised.organisationId !== null) requireRow(ctx.db, 'organisations', normalised.organisationId, 'De organisatie');
  if (normalised.meetingId !== null) requireRow(ctx.db, 'meetings', normalised.meetingId, 'Het overleg');

  const id = randomUUID();
  let previousSnapshot: ReturnType<typeof takeSnapshot> | null = null;
  const saved = inTransaction(ctx, () => {
    const history = listDecisions(ctx.db, input.familyId);
    const current = activeRegie(history);
    const problems = newRegieProblems(normalised, current);
    if (problems.length > 0) throw new AppError('invalid_request', `Regie niet vastgelegd: ${problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`);
    const { when, by } = stamp(ctx);
    if (current !== null) {
      previousSnapshot = takeSnapshot(ctx.db, 'regie_decisions', ['id'], 'id = ?', [current.id]);
      ctx.db.prepare('UPDATE regie_decisions SET ended_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(normalised.since, when, by, current.id);
    }
    const record: RegieDecision = {
      ...normalised,
      id,
      endedOn: null,
      handoverMetFamily: false,
      handoverResponsibilitiesAgreed: false,
      handoverPreviousStaysInvolved: false,
      recordedBy: by,
      recordedAt: when,
    };
    const row = { ...toRow(decisionTable, record), created_at: when, updated_at: when, created_by: by, updated_by: by };
    const cols = Object.keys(row);
    ctx.db.prepare(`INSERT INTO regie_decisions (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    audit(ctx, {
      action: 'regie_decision.create',
      entity: 'regie_decision',
      entityId: id,
      familyId: input.familyId,
      summary: `Regie vastgelegd: ${normalised.kind === 'regisseur' ? 'regisseur' : 'eigen regie'} vanaf ${normalised.since}${current ? ' (vorige regie beëindigd)' : ''}`,
    });
    ctx.db.prepare('UPDATE families SET updated_at = ?, updated_by = ? WHERE id = ?').run(when, by, input.familyId);
    reindexFamily(ctx.db, input.familyId);
    return readRecord(ctx.db, decisionTable, id);
  });
  const previous = previousSnapshot;
  ctx.undo.push({
    description: 'Regiebesluit vastgelegd',
    familyId: input.familyId,
    revert: (c) => {
      c.db.prepare('DELETE FROM regie_decisions WHERE id = ?').run(id);
      if (previous) restoreValues(c.db, previous);
    },
  });
  return saved;
}

/** Contact details and the warme-overdracht checklist change in place; who holds regie does not. */
export function updateDecision(
  ctx: WriteContext,
  patch: { id: string; contact?: string | undefined; handoverMetFamily?: boolean | undefined; handoverResponsibilitiesAgreed?: boolean | undefined; handoverPreviousStaysInvolved?: boolean | undefined },
): RegieDecision {
  const current = readRecord(ctx.db, decisionTable, patch.id);
  const next: RegieDecision = {
    ...current,
    contact: patch.contact ?? current.contact,
    handoverMetFamily: patch.handoverMetFamily ?? current.handoverMetFamily,
    handoverResponsibilitiesAgreed: patch.handoverResponsibilitiesAgreed ?? current.handoverResponsibilitiesAgreed,
    handoverPreviousStaysInvolved: patch.handoverPreviousStaysInvolved ?? current.handoverPreviousStaysInvolved,
  };
  return saveRecord(ctx, decisionTable, next);
}
