import { describe, expect, it } from 'vitest';
import { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { FAMILY, ORG } from './eventFactory';

const base = {
  familyId: FAMILY,
  type: 'verwijzing' as const,
  date: '2024-voorjaar',
  organisationId: ORG.cjg,
  toOrganisationId: ORG.wijkteam,
  referralStatus: 'verstuurd' as const,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
  summary: '',
  legalBasis: 'noodzakelijk_betrokkenen' as const,
  memberIds: [],
};

const problems = (input: unknown) => {
  const r = TimelineEventInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('what the add form may send', () => {
  it('accepts a referral with an approximate date', () => {
    expect(problems(base)).toEqual([]);
  });

  it('asks where an event comes from, and for a referral where it went and its status', () => {
    expect(problems({ ...base, organisationId: null })).toEqual(['organisationId: kies de organisatie waar dit vandaan komt']);
    expect(problems({ ...base, toOrganisationId: null, referralStatus: null })).toEqual([
      'toOrganisationId: kies naar wie is verwezen',
      'referralStatus: kies de status van de verwijzing',
    ]);
  });

  it('refuses a referral to the organisation it came from and a date that does not exist', () => {
    expect(problems({ ...base, toOrganisationId: ORG.cjg })).toEqual(['toOrganisationId: van en naar zijn dezelfde organisatie']);
    expect(problems({ ...base, date: '2025-02-29' })).toEqual(['date: geen geldige datum (dag, maand, seizoen of jaar)']);
  });

  it('takes a request for help by the youngster or the family itself without an organisation, and only as a signal', () => {
    const request = { ...base, type: 'signaal' as const, referralStatus: null, organisationId: null, requestedBy: 'jongere' as const };
    expect(problems(request)).toEqual([]);
    expect(problems({ ...request, requestedBy: 'gezin' })).toEqual([]);
    expect(problems({ ...request, organisationId: ORG.school })).toEqual([
      'organisationId: een hulpvraag van de jongere of het gezin komt niet van een organisatie; kies bij "naar" bij wie de vraag is gesteld',
    ]);
    expect(problems({ ...request, type: 'notitie' })).toEqual(['requestedBy: alleen een signaal kan een hulpvraag van de jongere of het gezin zijn']);
  });
});
