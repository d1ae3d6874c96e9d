import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { regieChanges } from '../../../shared/regie/regieRule';
import { isLadderStep } from '../../../shared/regie/escalationLadder';
import type { EscalationStepKind } from '../../../shared/regie/regieRecords';
import { derivedEventBase, familyByFamily, scopeWhere, type TimelineDerivation } from '../timeline/timelineDerivation';
import type { ReadableDb } from '../vault/connection';
import { readClosure } from './caseClosure';
import { listSteps } from './escalation';
import { listDecisions } from './regieDecisions';

/**
 * What regie and follow-up contribute to the family timeline, derived at read time (nothing is
 * copied): every regiewissel, every escalation step and Veilig Thuis advice or report, every
 * signaller informed, the days the children were seen, and the case being closed or scaled down.
 * The timeline takes these by adding `REGIE_TIMELINE_DERIVATIONS` to its list of derivations.
 */
const base = (familyId: string, date: string) => ({
  ...derivedEventBase(familyId, date),
  organisationId: null,
  summary: '',
  legalBasis: 'noodzakelijk_betrokkenen' as const,
  memberIds: [] as string[],
});

function nameOf(db: ReadableDb, table: 'professionals' | 'organisations', id: string | null): string {
  if (id === null) return '';
  return (db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string } | undefined)?.name ?? '';
}

/** Regiewissel: from the organisation that held regie before (if any) to the new regisseur's. */
export const regieChangeEvents: TimelineDerivation = familyByFamily('regie_decisions', (db, familyId) => {
  const decisions = new Map(listDecisions(db, familyId).map((d) => [d.id, d]));
  return regieChanges([...decisions.values()]).map((change): TimelineEvent => {
    const d = decisions.get(change.decisionId)!;
    const summary =
      d.kind === 'eigen_regie'
        ? `Eigen regie: ${d.judgement}`
        : `Regisseur: ${nameOf(db, 'professionals', d.professionalId)} (${nameOf(db, 'organisations', d.organisationId)}), ${d.mandate ?? ''}${d.doorzettingsmacht ? ', met doorzettingsmacht' : ''}`;
    return {
      ...base(familyId, change.date),
      id: `regie:${d.id}`,
      type: 'regiewissel',
      organisationId: change.from?.organisationId ?? null,
      toOrganisationId: change.to.organisationId,
      summary,
      reason: d.reasons,
      recordedBy: d.recordedBy,
      source: 'regie',
    };
  });
});

const STEP_TYPE: Record<EscalationStepKind, TimelineEvent['type']> = {
  vrijwillig: 'escalatie',
  drang: 'escalatie',
  dwang: 'escalatie',
  veilig_thuis_advies: 'advies_gevraagd',
  veilig_thuis_melding: 'melding',
};

/** Steps on the ladder vrijwillig → drang → dwang, and Veilig Thuis advice and reports. */
export const escalationEvents: TimelineDerivation = familyByFamily('escalation_steps', (db, familyId) =>
  listSteps(db, familyId).map((s): TimelineEvent => {
    const onLadder = isLadderStep(s.step);
    return {
      ...base(familyId, s.date),
      id: `besluit:${s.id}`,
      type: STEP_TYPE[s.step],
      escalationStep: isLadderStep(s.step) ? s.step : null,
      summary: s.anonymous ? `Anoniem advies (zonder naam van het gezin): ${s.trigger}`.slice(0, 4000) : s.trigger,
      reason: s.reasons,
      noticedBy: s.decidedBy.slice(0, 200),
      // Named advice from and reports to Veilig Thuis rest on the meldrecht; anonymous advice named no one.
      legalBasis: onLadder || s.anonymous ? 'noodzakelijk_betrokkenen' : 'meldrecht',
      recordedBy: s.decidedBy,
      source: 'besluit',
    };
  }),
);

/** A signaller who was informed (terugkoppeling done): from the owner's organisation to the signaller. */
export const feedbackEvents: TimelineDerivation = (db, familyId) => {
  const scope = scopeWhere('family_id', familyId);
  const rows = db
    .prepare(
      `SELECT id, family_id, description, owner_organisation_id, signaller_organisation_id, done_on, updated_by FROM regie_actions
       WHERE ${scope.sql} AND kind = 'terugkoppeling' AND status = 'gedaan' AND done_on IS NOT NULL`,
    )
    .all(...scope.params) as { id: string; family_id: string; description: string; owner_organisation_id: string | null; signaller_organisation_id: string | null; done_on: string; updated_by: string }[];
  return rows.map((r) => ({
    ...base(r.family_id, r.done_on),
    id: `actie:${r.id}`,
    type: 'terugkoppeling',
    organisationId: r.owner_organisation_id,
    toOrganisationId: r.signaller_organisation_id === r.owner_organisation_id ? null : r.signaller_organisation_id,
    summary: r.description,
    recordedBy: r.updated_by,
    source: 'actie',
  }));
};

/** The days each child was seen and spoken to, and closing or scaling down the case. */
export const closureEvents: TimelineDerivation = familyByFamily('case_closures', (db, familyId) => {
  const closure = readClosure(db, familyId);
  if (closure === null) return [];
  const seen = closure.childrenSeen.flatMap((s): TimelineEvent[] =>
    s.date === null
      ? []
      : [{
      ...base(familyId, s.date),
      id: `besluit:${closure.id}:gezien:${s.memberId}`,
      type: 'kind_gezien',
      summary: s.seenBy ? `Kind gezien en gesproken door ${s.seenBy}` : 'Kind gezien en gesproken',
      memberIds: [s.memberId],
      recordedBy: closure.closedBy,
      source: 'besluit',
    }],
  );
  if (closure.status === 'open' || closure.closedOn === null) return seen;
  return [
    ...seen,
    {
      ...base(familyId, closure.closedOn),
      id: `besluit:${closure.id}:${closure.status}`,
      type: 'besluit',
      summary: closure.status === 'gesloten' ? 'Casus afgesloten' : 'Casus afgeschaald',
      reason: closure.safetyJudgement,
      recordedBy: closure.closedBy,
      source: 'besluit',
    },
  ];
});

export const REGIE_TIMELINE_DERIVATIONS: readonly TimelineDerivation[] = [regieChangeEvents, escalationEvents, feedbackEvents, closureEvents];
