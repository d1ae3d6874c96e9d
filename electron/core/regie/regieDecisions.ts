import { randomUUID } from 'node:crypto';
import type { NewRegieDecision, NewRegieDecisionInput } from '../../../shared/contract/regieChannels';
import { AppError } from '../../../shared/contract/errors';
import type { WithheldReason } from '../../../shared/contract/summaryChannels';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import type { OrganisationFunction, OrganisationType } from '../../../shared/domain/vocabulary';
import { familyVerdict } from '../../../shared/exports/recipientScope';
import { readScopeFamily } from '../exports/familyScope';
import { UndoLog } from '../recordStore/undoLog';
import { saveInvolvement } from '../register/involvementService';
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

/** Why the regisseur's organisation would have no basis to receive the family, as the rest of a Dutch sentence. */
const NO_BASIS_TEXT: Partial<Record<WithheldReason, string>> = {
  geen_grondslag:
    'de organisatie is niet betrokken bij het gezin en er is geen toestemming of besluit conflict van plichten dat haar noemt. Kies "Andere organisatie…" om de betrokkenheid met haar grondslag tegelijk vast te leggen',
  toestemming_ontbreekt: 'haar betrokkenheid rust op toestemming, en er is geen toestemming die deze organisatie noemt',
  alleen_signalerend: 'de organisatie is alleen signalerend betrokken en krijgt het gezin alleen met toestemming die haar noemt',
  geen_hulpverlener: 'dit soort organisatie voert geen hulp uit en krijgt het gezin alleen met toestemming die haar noemt',
  geen_vermoeden: 'Veilig Thuis krijgt het gezin alleen op naam met een vastgelegd vermoeden, toestemming of een besluit conflict van plichten',
};

/**
 * A regisseur bundles the family's information, so their organisation must be able to receive it:
 * the one sharing rule (recipientScope) must give it the family by name on `day`, exactly as a
 * handover to it would. The reason in a Dutch sentence when it would not; null when it would.
 */
export function regisseurWithoutBasis(db: ReadableDb, familyId: string, organisationId: string, day: string): string | null {
  const org = db.prepare('SELECT name, type, function FROM organisations WHERE id = ?').get(organisationId) as
    | { name: string; type: OrganisationType; function: OrganisationFunction }
    | undefined;
  if (org === undefined) return 'De organisatie van de regisseur staat niet (meer) in de sociale kaart.';
  // Whether the family was discussed anonymously does not matter here: the question is whether a basis exists.
  const scope = readScopeFamily(db, familyId, day, { anonymous: false, position: 0, memberIds: [] });
  const verdict = familyVerdict({ organisationId, organisationType: org.type, organisationFunction: org.function }, scope);
  if (verdict.included && verdict.form === 'volledig') return null;
  const why = NO_BASIS_TEXT[verdict.withheldReason ?? 'geen_grondslag'] ?? NO_BASIS_TEXT.geen_grondslag!;
  return `Regie niet vastgelegd: ${org.name} zou als regisseur het gezin niet mogen ontvangen, want ${why}.`;
}

/**
 * Records a new regie decision. The active one ends on the day the new one starts, in the same
 * transaction, so there is never more than one; undo restores both. A regisseur of an organisation
 * not yet involved comes with its involvement and basis (`involvementBasis`), recorded in the same
 * transaction; either way the regisseur's organisation must have a basis to receive the family
 * (regisseurWithoutBasis), or nothing is written.
 */
export function decideRegie(ctx: WriteContext, given: NewRegieDecisionInput): RegieDecision {
  const input: NewRegieDecision = { ...given, involvementBasis: given.involvementBasis ?? null };
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  const normalised: NewRegieDecision =
    input.kind === 'regisseur'
      ? { ...input, judgement: '', reasons: input.reasons }
      : { ...input, professionalId: null, organisationId: null, mandate: null, doorzettingsmacht: false, contact: '', involvementBasis: null };
  if (normalised.professionalId !== null) requireRow(ctx.db, 'professionals', normalised.professionalId, 'De regisseur');
  if (normalised.organisationId !== null) requireRow(ctx.db, 'organisations', normalised.organisationId, 'De organisatie');
  if (normalised.meetingId !== null) requireRow(ctx.db, 'meetings', normalised.meetingId, 'Het overleg');

  const id = randomUUID();
  let previousSnapshot: ReturnType<typeof takeSnapshot> | null = null;
  let involvementId: string | null = null;
  const saved = inTransaction(ctx, () => {
    const history = listDecisions(ctx.db, input.familyId);
    const current = activeRegie(history);
    const problems = newRegieProblems(normalised, current);
    if (problems.length > 0) throw new AppError('invalid_request', `Regie niet vastgelegd: ${problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`);
    if (normalised.kind === 'regisseur' && normalised.organisationId !== null) {
      if (normalised.involvementBasis !== null) {
        // Its own audit entry, in this transaction; its way back is this decision's undo.
        const involvement = saveInvolvement({ ...ctx, undo: new UndoLog<WriteContext>(0) }, {
          familyId: input.familyId,
          memberId: null,
          professionalId: normalised.professionalId,
          organisationId: normalised.organisationId,
          role: 'regisseur',
          mandate: normalised.mandate ?? 'vrijwillig',
          since: normalised.since,
          lastContact: null,
          virRegistered: 'onbekend',
          virDate: null,
          virBy: '',
          legalBasis: normalised.involvementBasis,
          endedAt: null,
        });
        involvementId = involvement.id;
      }
      const noBasis = regisseurWithoutBasis(ctx.db, input.familyId, normalised.organisationId, formatCalendarDay(calendarDayOf(ctx.at)));
      if (noBasis !== null) throw new AppError('invalid_request', noBasis);
    }
    const { when, by } = stamp(ctx);
    if (current !== null) {
      previousSnapshot = takeSnapshot(ctx.db, 'regie_decisions', ['id'], 'id = ?', [current.id]);
      ctx.db.prepare('UPDATE regie_decisions SET ended_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(normalised.since, when, by, current.id);
    }
    const { involvementBasis: _recordedAsInvolvement, ...decision } = normalised;
    const record: RegieDecision = {
      ...decision,
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
  const recordedInvolvement = involvementId;
  ctx.undo.push({
    description: 'Regiebesluit vastgelegd',
    familyId: input.familyId,
    revert: (c) => {
      c.db.prepare('DELETE FROM regie_decisions WHERE id = ?').run(id);
      if (recordedInvolvement !== null) c.db.prepare('DELETE FROM involvements WHERE id = ?').run(recordedInvolvement);
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
