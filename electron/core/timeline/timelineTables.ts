import type { HelpRequester } from '../../../shared/domain/vocabulary';
import type { StagnationHandling } from '../../../shared/timeline/stagnationHandling';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import type { RecordTable } from '../recordStore/recordTable';

/**
 * A typed event as stored (migrations 0004, 0017): from an organisation, or the youngster's or the
 * family's own request for help; always `handmatig`. Whether a stagnation was handled lives in its
 * own table.
 */
export type StoredTimelineEvent = Omit<TimelineEvent, 'source' | 'handledOn' | 'requestedBy'> & { requestedBy: HelpRequester | null };

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
    organisationId: ['organisation_id', 'nullable'],
    requestedBy: ['requested_by', 'nullable'],
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

/** The alternative recorded when a stagnation is handled (migration 0017), one per stagnation. */
export const stagnationHandlingTable: RecordTable<StagnationHandling> = {
  table: 'stagnation_handlings',
  entity: 'stagnation_handling',
  noun: 'Afgehandelde stagnatie',
  stamped: 'full',
  familyIdOf: (r) => r.familyId,
  columns: {
    id: ['id', 'text'],
    familyId: ['family_id', 'text'],
    eventId: ['event_id', 'text'],
    who: ['who', 'text'],
    what: ['what', 'text'],
    when: ['alternative_on', 'text'],
    handledOn: ['handled_on', 'text'],
    recordedBy: ['recorded_by', 'text'],
  },
};
