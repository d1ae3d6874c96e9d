// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FamilyDossier } from '../../../../shared/contract/registerChannels';
import type { HouseholdMember, Involvement, KindcheckByOthers } from '../../../../shared/domain/records';
import { InvolvedOverview } from '../../../../renderer/features/meetingMode/InvolvedOverview';
import '../../../../renderer/i18n';
import { resetAllStores } from '../../../../renderer/state';
import { useDirectory } from '../../../../renderer/state/directoryStore';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FAMILY = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const GGZ = '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const SCHULDHULP = '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52';
const MOTHER = '5f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51';
const CHILD = '5f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52';

const member = (id: string, role: HouseholdMember['role'], givenName: string): HouseholdMember => ({
  id,
  familyId: FAMILY,
  role,
  givenName,
  familyName: 'Bakker',
  birthDate: null,
  parentalAuthority: role === 'ouder',
  schoolId: null,
  schoolGroup: '',
});

const involvement = (id: string, organisationId: string, memberId: string | null): Involvement => ({
  id,
  familyId: FAMILY,
  memberId,
  professionalId: null,
  organisationId,
  role: '',
  mandate: 'vrijwillig',
  since: null,
  lastContact: null,
  virRegistered: 'onbekend',
  virDate: null,
  virBy: '',
  legalBasis: 'toestemming',
  endedAt: null,
});

const ggzWithMother = involvement('6f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51', GGZ, MOTHER);
const debtWithFamily = involvement('6f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52', SCHULDHULP, null);

const dossier = (answers: KindcheckByOthers[]): FamilyDossier => ({
  family: { id: FAMILY, displayName: 'Gezin Bakker', anonymous: false, note: '', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' },
  members: [member(MOTHER, 'ouder', 'Marieke'), member(CHILD, 'kind', 'Noor')],
  involvements: [ggzWithMother, debtWithFamily],
  consents: [],
  conflictsOfDuties: [],
  kindchecksByOthers: answers,
  meetings: [],
  basisEndings: { before: '2026-01-01', beforeMeeting: false, endings: [] },
  glance: { concern: { level: null, highest: [], children: [] }, regie: { kind: 'geen' }, openActions: 0, overdueActions: 0 },
});

let root: Root;
let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  useDirectory.getState().setContent({
    organisations: [
      { id: GGZ, name: 'GGZ Drenthe', type: 'ggz', function: 'duidend', street: '', postcode: '', place: 'Assen', phone: '', email: '', medicalSecrecy: 'ja' },
      { id: SCHULDHULP, name: 'Schuldhulp Gemeente Emmen', type: 'schuldhulp', function: 'signalerend', street: '', postcode: '', place: 'Emmen', phone: '', email: '', medicalSecrecy: 'nee' },
    ],
    professionals: [],
  });
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  resetAllStores();
});

const points = () => [...container.querySelectorAll('.kindcheck-others__point')].map((li) => li.textContent);

describe('Kindcheck by others in the case in focus', () => {
  it('names each adult service with the parent, the action point first, and says where to answer', () => {
    const nee: KindcheckByOthers = {
      id: '7f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51',
      familyId: FAMILY,
      involvementId: debtWithFamily.id,
      knowsChildren: 'nee',
      ownKindcheck: 'onbekend',
      establishedOn: '2026-11-20',
      establishedBy: 'Jeroen Smit',
      note: '',
    };
    act(() => root.render(<InvolvedOverview dossier={dossier([nee])} />));
    expect(points()).toEqual([
      'Actiepunt: Schuldhulp Gemeente Emmen (bij het hele gezin) weet niet van de kinderen. Informeer hen, bij voorkeur samen met de ouder en met toestemming, en vraag om een eigen Kindcheck. Vastgesteld op 20 november 2026 door Jeroen Smit.',
      'Blinde vlek: niet bekend of GGZ Drenthe (bij Marieke Bakker) van de kinderen weet en een eigen Kindcheck heeft gedaan.',
    ]);
    expect(container.textContent).toContain('Beantwoorden kan in het dossier, boven de tabbladen.');
  });

  it('shows nothing once both services know of the children and did their own Kindcheck', () => {
    const ja = (id: string, involvementId: string): KindcheckByOthers => ({ id, familyId: FAMILY, involvementId, knowsChildren: 'ja', ownKindcheck: 'ja', establishedOn: '2026-11-20', establishedBy: 'Jeroen Smit', note: '' });
    act(() => root.render(<InvolvedOverview dossier={dossier([ja('7f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51', ggzWithMother.id), ja('7f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52', debtWithFamily.id)])} />));
    expect(points()).toEqual([]);
    expect(container.textContent).not.toContain('Kindcheck door andere organisaties');
  });
});
