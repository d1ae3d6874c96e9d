import type { SafetyAgreement } from '../../../shared/safetyAgreements/safetyAgreementRecords';
import type { RecordTable } from '../recordStore/recordTable';

/** Column map of the safety agreements (migration 0016), for the generic save/remove/undo. */
export const safetyAgreementTable: RecordTable<SafetyAgreement> = {
  table: 'safety_agreements',
  entity: 'safety_agreement',
  noun: 'Veiligheidsafspraak',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    childIds: ['child_ids', 'json'],
    what: ['what', 'text'],
    ownerProfessionalId: ['owner_professional_id', 'nullable'],
    ownerOrganisationId: ['owner_organisation_id', 'nullable'],
    ownerFamily: ['owner_family', 'bool'],
    ownerNetworkMemberId: ['owner_network_member_id', 'nullable'],
    dueDate: ['due_date', 'text'],
    status: ['status', 'text'],
    parentsAgreement: ['parents_agreement', 'text'],
    parentsAgreedOn: ['parents_agreed_on', 'nullable'],
    doneOn: ['done_on', 'nullable'],
    createdAt: ['created_at', 'text'],
  },
};
