import { fuzzySortKey } from '../../../../shared/timeline/fuzzyDate';
import type { TimelineEvent } from '../../../../shared/timeline/timelineEvent';

export const ORG = {
  cjg: '00000000-0000-4000-8000-000000000001',
  wijkteam: '00000000-0000-4000-8000-000000000002',
  veiligThuis: '00000000-0000-4000-8000-000000000003',
  school: '00000000-0000-4000-8000-000000000004',
} as const;
export const FAMILY = '00000000-0000-4000-8000-0000000000f1';

let counter = 0;

/** A typed event with sensible defaults; tests state only what matters to them. */
export function ev(partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'type' | 'date'>): TimelineEvent {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    familyId: FAMILY,
    organisationId: ORG.cjg,
    toOrganisationId: null,
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
    recordedBy: 'Sanne de Wit',
    source: 'handmatig',
    ...partial,
    sortKey: fuzzySortKey(partial.date),
  };
}

export const referral = (date: string, from: string, to: string, status: TimelineEvent['referralStatus'] = 'verstuurd') =>
  ev({ type: 'verwijzing', date, organisationId: from, toOrganisationId: to, referralStatus: status });
