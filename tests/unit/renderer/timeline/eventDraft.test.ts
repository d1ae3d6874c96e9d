import { describe, expect, it } from 'vitest';
import { fromChoice, fromChoiceOf, normalise } from '../../../../renderer/features/timeline/eventDraft';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { FAMILY, ORG } from '../../shared/timeline/eventFactory';

const signal: TimelineEventInput = {
  familyId: FAMILY,
  type: 'signaal',
  date: '2026-05-01',
  organisationId: ORG.school,
  toOrganisationId: ORG.cjg,
  referralStatus: null,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
  summary: '',
  legalBasis: 'noodzakelijk_betrokkenen',
  memberIds: [],
};

describe('where a signal comes from, as the form chooses it', () => {
  it('is an organisation or the youngster’s or family’s own request for help, never both', () => {
    expect(fromChoice(fromChoiceOf({ organisationId: null, requestedBy: 'jongere' }))).toEqual({ organisationId: null, requestedBy: 'jongere' });
    expect(fromChoice(fromChoiceOf({ organisationId: null, requestedBy: 'gezin' }))).toEqual({ organisationId: null, requestedBy: 'gezin' });
    expect(fromChoice(ORG.cjg)).toEqual({ organisationId: ORG.cjg, requestedBy: null });
    expect(fromChoice('')).toEqual({ organisationId: null, requestedBy: null });
  });

  it('drops the request for help when the event is no longer a signal', () => {
    const request = { ...signal, ...fromChoice('hulpvraag:gezin') };
    expect(normalise(request)).toMatchObject({ organisationId: null, requestedBy: 'gezin' });
    expect(normalise({ ...request, type: 'notitie' }).requestedBy).toBeNull();
  });
});
