import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import type { RecordTable } from '../recordStore/recordTable';

/** A typed event as stored (migration 0004): always from an organisation, always `handmatig`. */
export type StoredTimelineEvent = Omit<TimelineEvent, 'source' | 'organisationId'> & { organisationId: string };

export const timelineTable: RecordTable<StoredTimelineEvent> = {
  table: 'timeline_events',
  entity: 'timeline_event',
  noun: 'Gebeurtenis op de tijdlijn',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    type: ['type', 'text'],
    date: ['date', 'text'],
    sortKey: ['sort_key', 'text'],
    organisationId: ['organisation_id', 'text'],
    toOrganisationId: ['to_organisation_id', 'nullable'],
    referralStatus: ['referral_status', 'nullable'],
    statusDate: ['status_date', 'nullable'],
    reason: ['reason', 'text'],
    stagnationReason: ['stagnation_reason', 'nullable'],
    consentStatus: ['consent_status', 'nullable'],
    escalationStep: ['escalation_step', 'nullable'],
    noticedBy: ['noticed_by', 'text'],
    summary: ['summary', 'text'],
    legalBasis: ['legal_basis', 'text'],
    memberIds: ['member_ids', 'json'],
    recordedBy: ['recorded_by', 'text'],
  },
};
