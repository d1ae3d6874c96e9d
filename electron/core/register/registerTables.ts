import type { ConflictOfDuties, Consent, HouseholdMember, Involvement, KindcheckByOthers, Meeting, Organisation, Professional } from '../../../shared/domain/records';
import type { RecordTable } from '../recordStore/recordTable';

/** Column maps of the who-is-involved records (migration 0002). */
export const memberTable: RecordTable<HouseholdMember> = {
  table: 'family_members',
  entity: 'family_member',
  noun: 'Gezinslid',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    role: ['role', 'text'],
    givenName: ['given_name', 'text'],
    familyName: ['family_name', 'text'],
    birthDate: ['birth_date', 'nullable'],
    parentalAuthority: ['parental_authority', 'bool'],
    schoolId: ['school_id', 'nullable'],
    schoolGroup: ['school_group', 'text'],
  },
};

export const involvementTable: RecordTable<Involvement> = {
  table: 'involvements',
  entity: 'involvement',
  noun: 'Betrokkene',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    memberId: ['member_id', 'nullable'],
    professionalId: ['professional_id', 'nullable'],
    organisationId: ['organisation_id', 'text'],
    role: ['role', 'text'],
    mandate: ['mandate', 'text'],
    since: ['since', 'nullable'],
    lastContact: ['last_contact', 'nullable'],
    virRegistered: ['vir_registered', 'text'],
    virDate: ['vir_date', 'nullable'],
    virBy: ['vir_by', 'text'],
    legalBasis: ['legal_basis', 'text'],
    endedAt: ['ended_at', 'nullable'],
  },
};

/** Kindcheck by others (migration 0018): one row per involvement, none while unanswered. */
export const kindcheckByOthersTable: RecordTable<KindcheckByOthers> = {
  table: 'involvement_kindchecks',
  entity: 'involvement_kindcheck',
  noun: 'Kindcheck door andere organisatie',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    involvementId: ['involvement_id', 'text'],
    knowsChildren: ['knows_children', 'text'],
    ownKindcheck: ['own_kindcheck', 'text'],
    establishedOn: ['established_on', 'nullable'],
    establishedBy: ['established_by', 'text'],
    note: ['note', 'text'],
  },
};

export const consentTable: RecordTable<Consent> = {
  table: 'consents',
  entity: 'consent',
  noun: 'Toestemming',
  stamped: 'created',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    personId: ['person_id', 'text'],
    status: ['status', 'text'],
    organisationIds: ['organisation_ids', 'json'],
    purpose: ['purpose', 'text'],
    date: ['date', 'text'],
    validUntil: ['valid_until', 'nullable'],
    recordedBy: ['recorded_by', 'text'],
  },
};

export const conflictOfDutiesTable: RecordTable<ConflictOfDuties> = {
  table: 'conflicts_of_duties',
  entity: 'conflict_of_duties',
  noun: 'Conflict van plichten',
  stamped: 'created',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    organisationIds: ['organisation_ids', 'json'],
    decidedBy: ['decided_by', 'text'],
    reasons: ['reasons', 'text'],
    date: ['date', 'text'],
    validUntil: ['valid_until', 'nullable'],
    endedOn: ['ended_on', 'nullable'],
    endedBy: ['ended_by', 'text'],
    endReason: ['end_reason', 'text'],
    recordedBy: ['recorded_by', 'text'],
  },
};

export const organisationTable: RecordTable<Organisation> = {
  table: 'organisations',
  entity: 'organisation',
  noun: 'Organisatie',
  stamped: 'full',
  familyIdOf: () => null,
  columns: {
    id: ['id', 'text'],
    name: ['name', 'text'],
    type: ['type', 'text'],
    function: ['function', 'text'],
    street: ['street', 'text'],
    postcode: ['postcode', 'text'],
    place: ['place', 'text'],
    phone: ['phone', 'text'],
    email: ['email', 'text'],
    medicalSecrecy: ['medical_secrecy', 'text'],
  },
};

export const professionalTable: RecordTable<Professional> = {
  table: 'professionals',
  entity: 'professional',
  noun: 'Professional',
  stamped: 'full',
  familyIdOf: () => null,
  columns: {
    id: ['id', 'text'],
    organisationId: ['organisation_id', 'text'],
    name: ['name', 'text'],
    role: ['role', 'text'],
    phone: ['phone', 'text'],
    email: ['email', 'text'],
    meetingTypes: ['meeting_types', 'json'],
    medicalProfession: ['medical_profession', 'nullable'],
  },
};

export const meetingTable: RecordTable<Meeting> = {
  table: 'meetings',
  entity: 'meeting',
  noun: 'Overleg',
  stamped: 'full',
  familyIdOf: () => null,
  columns: {
    id: ['id', 'text'],
    type: ['type', 'text'],
    title: ['title', 'text'],
    startsAt: ['starts_at', 'text'],
    location: ['location', 'text'],
    schoolId: ['school_id', 'nullable'],
    chairId: ['chair_id', 'nullable'],
    confidentiality: ['confidentiality', 'text'],
  },
};
