import type { TimelineEvent, TimelineEventInput } from '../../../shared/timeline/timelineEvent';
import { DIRECTED_TYPES } from '../../../shared/timeline/timelineEvent';
import type { TimelineEventType } from '../../../shared/domain/vocabulary';

/** Which extra fields a type of event asks for, so the form shows only what matters. */
export function fieldsFor(type: TimelineEventType) {
  return {
    to: (DIRECTED_TYPES as readonly string[]).includes(type),
    status: type === 'verwijzing',
    reason: type === 'verwijzing' || type === 'besluit' || type === 'escalatie' || type === 'regiewissel',
    stagnation: type === 'stagnatie',
    consent: type === 'toestemming',
    escalation: type === 'escalatie',
    noticedBy: type === 'signaal',
    /** A signal can be the youngster's or the family's own request for help. */
    requestedBy: type === 'signaal',
  };
}

/** A stored event back as a save request (for an edit of one field). */
export function inputOf(e: TimelineEvent): TimelineEventInput {
  return {
    id: e.id,
    familyId: e.familyId,
    type: e.type,
    date: e.date,
    organisationId: e.organisationId,
    requestedBy: e.requestedBy ?? null,
    toOrganisationId: e.toOrganisationId,
    referralStatus: e.referralStatus,
    statusDate: e.statusDate,
    reason: e.reason,
    stagnationReason: e.stagnationReason,
    consentStatus: e.consentStatus,
    escalationStep: e.escalationStep,
    noticedBy: e.noticedBy,
    summary: e.summary,
    legalBasis: e.legalBasis,
    memberIds: e.memberIds,
  };
}

const REQUEST_PREFIX = 'hulpvraag:';

/** The "from" choice of an event: an organisation's id, or `hulpvraag:jongere` / `hulpvraag:gezin`. */
export function fromChoiceOf(e: Pick<TimelineEventInput, 'organisationId' | 'requestedBy'>): string {
  return e.requestedBy ? `${REQUEST_PREFIX}${e.requestedBy}` : (e.organisationId ?? '');
}

/** The fields a "from" choice sets: a request for help comes from no organisation. */
export function fromChoice(value: string): Pick<TimelineEventInput, 'organisationId' | 'requestedBy'> {
  if (value === `${REQUEST_PREFIX}jongere`) return { organisationId: null, requestedBy: 'jongere' };
  if (value === `${REQUEST_PREFIX}gezin`) return { organisationId: null, requestedBy: 'gezin' };
  return { organisationId: value === '' ? null : value, requestedBy: null };
}

/** Fields that do not belong to the chosen type are cleared, so nothing hidden is stored. */
export function normalise(input: TimelineEventInput): TimelineEventInput {
  const f = fieldsFor(input.type);
  return {
    ...input,
    toOrganisationId: f.to ? input.toOrganisationId : null,
    referralStatus: f.status ? (input.referralStatus ?? 'verstuurd') : null,
    statusDate: f.status ? input.statusDate : null,
    stagnationReason: f.stagnation ? (input.stagnationReason ?? 'wachtlijst') : null,
    consentStatus: f.consent ? (input.consentStatus ?? 'gegeven') : null,
    escalationStep: f.escalation ? (input.escalationStep ?? 'drang') : null,
    noticedBy: f.noticedBy ? input.noticedBy : '',
    requestedBy: f.requestedBy ? (input.requestedBy ?? null) : null,
  };
}
