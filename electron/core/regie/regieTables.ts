import type { CaseClosure, EscalationStep, RegieAction, RegieDecision } from '../../../shared/regie/regieRecords';
import type { RecordTable } from '../recordStore/recordTable';

/** Column maps of the regie records (migration 0005), for the generic save/remove/undo. */
export const decisionTable: RecordTable<RegieDecision> = {
  table: 'regie_decisions',
  entity: 'regie_decision',
  noun: 'Regiebesluit',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    kind: ['kind', 'text'],
    professionalId: ['professional_id', 'nullable'],
    organisationId: ['organisation_id', 'nullable'],
    contact: ['contact', 'text'],
    mandate: ['mandate', 'nullable'],
    doorzettingsmacht: ['doorzettingsmacht', 'bool'],
    since: ['since', 'text'],
    judgement: ['judgement', 'text'],
    reasons: ['reasons', 'text'],
    meetingId: ['meeting_id', 'nullable'],
    endedOn: ['ended_on', 'nullable'],
    handoverMetFamily: ['handover_met_family', 'bool'],
    handoverResponsibilitiesAgreed: ['handover_responsibilities_agreed', 'bool'],
    handoverPreviousStaysInvolved: ['handover_previous_stays_involved', 'bool'],
    recordedBy: ['recorded_by', 'text'],
    recordedAt: ['recorded_at', 'text'],
  },
};

export const actionTable: RecordTable<RegieAction> = {
  table: 'regie_actions',
  entity: 'regie_action',
  noun: 'Actie',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    kind: ['kind', 'text'],
    description: ['description', 'text'],
    ownerProfessionalId: ['owner_professional_id', 'nullable'],
    ownerOrganisationId: ['owner_organisation_id', 'nullable'],
    ownerFamily: ['owner_family', 'bool'],
    ownerNetworkMemberId: ['owner_network_member_id', 'nullable'],
    dueDate: ['due_date', 'nullable'],
    status: ['status', 'text'],
    memberIds: ['member_ids', 'json'],
    meetingId: ['meeting_id', 'nullable'],
    signallerOrganisationId: ['signaller_organisation_id', 'nullable'],
    informed: ['informed', 'bool'],
    informingPostponedUntil: ['informing_postponed_until', 'nullable'],
    informingPostponedReason: ['informing_postponed_reason', 'text'],
    doneOn: ['done_on', 'nullable'],
    carryOverReason: ['carry_over_reason', 'text'],
    createdAt: ['created_at', 'text'],
  },
};

export const escalationTable: RecordTable<EscalationStep> = {
  table: 'escalation_steps',
  entity: 'escalation_step',
  noun: 'Escalatiestap',
  stamped: 'created',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    step: ['step', 'text'],
    date: ['date', 'text'],
    trigger: ['trigger', 'text'],
    decidedBy: ['decided_by', 'text'],
    reasons: ['reasons', 'text'],
    recordedAt: ['recorded_at', 'text'],
    anonymous: ['anonymous', 'bool'],
  },
};

export const closureTable: RecordTable<CaseClosure> = {
  table: 'case_closures',
  entity: 'case_closure',
  noun: 'Afsluiting',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    safetyJudgement: ['safety_judgement', 'text'],
    safetyJudgementDate: ['safety_judgement_date', 'nullable'],
    childrenSeen: ['children_seen', 'json'],
    status: ['status', 'text'],
    closedOn: ['closed_on', 'nullable'],
    closedBy: ['closed_by', 'text'],
  },
};
