import path from 'node:path';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

/**
 * A real encrypted vault driven through the handler table (as the renderer would), with one
 * family full of data: members, a note, an involvement, consent and a timeline event.
 */
export async function privacyKit() {
  const core = testCore();
  const file = path.join(core.dir, 'privacy.casustafel');
  const call = async <C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await dispatch(core.handlers, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.detail ?? ''}`);
    return result.value as ResponseOf<C>;
  };
  const fail = async <C extends Channel>(channel: C, payload: RequestOf<C>): Promise<string> => {
    const result = await dispatch(core.handlers, channel, payload);
    if (result.ok) throw new Error(`${channel} was expected to fail`);
    return `${result.error.code}: ${result.error.detail ?? result.error.message}`;
  };
  await call('vault:create', { token: core.vaultToken(file), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  await call('vault:setOperator', OPERATOR);
  const organisation = await call('directory:saveOrganisation', { name: 'Wijkteam Proefdorp', type: 'wijkteam', function: 'duidend', place: '', phone: '', email: '' });
  const professional = await call('directory:saveProfessional', {
    organisationId: organisation.id,
    name: 'Roel Venema',
    role: 'gezinscoach',
    phone: '',
    email: '',
    meetingTypes: [],
  });

  /** A family whose every kind of content carries `marker`. */
  const fillFamily = async (marker: string, childBirthDate = '2012-04-01') => {
    const family = await call('families:create', { displayName: `Gezin ${marker}`, anonymous: false });
    await call('families:updateNote', { id: family.id, note: `notitie-${marker}-over-de-thuissituatie` });
    const parent = await call('register:saveMember', {
      familyId: family.id,
      role: 'ouder',
      givenName: 'Marieke',
      familyName: marker,
      birthDate: '1985-06-15',
      parentalAuthority: true,
      schoolId: null,
      schoolGroup: '',
    });
    const child = await call('register:saveMember', {
      familyId: family.id,
      role: 'kind',
      givenName: `Kind${marker}`,
      familyName: marker,
      birthDate: childBirthDate,
      parentalAuthority: false,
      schoolId: null,
      schoolGroup: '',
    });
    const involvement = await call('register:saveInvolvement', {
      familyId: family.id,
      memberId: child.id,
      professionalId: professional.id,
      organisationId: organisation.id,
      role: 'gezinscoach',
      mandate: 'vrijwillig',
      since: '2020-01-06',
      lastContact: null,
      virRegistered: 'nee',
      virDate: null,
      virBy: '',
      legalBasis: 'toestemming',
      endedAt: null,
    });
    await call('register:addConsent', {
      familyId: family.id,
      personId: parent.id,
      status: 'gegeven',
      organisationIds: [organisation.id],
      purpose: `toestemming-${marker}`,
      date: '2020-01-06',
    });
    await call('timeline:save', {
      familyId: family.id,
      type: 'signaal',
      date: '2020-01-03',
      organisationId: organisation.id,
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary: `tijdlijn-${marker}-signaal-van-school`,
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [child.id],
    });
    return { familyId: family.id, parentId: parent.id, childId: child.id, involvementId: involvement.id, displayName: family.displayName };
  };

  /** More of the family's content with the marker: a risk-assessment note, a regie action, a place on a meeting's agenda. */
  const enrichFamily = async (family: { familyId: string; childId: string }, marker: string) => {
    const assessment = await call('assessment:start', { familyId: family.familyId, childId: family.childId, instrumentId: null, meetingId: null });
    await call('assessment:saveAnswer', {
      assessmentId: assessment.assessment.id,
      answer: {
        itemId: 'A1',
        value: 'nee',
        observer: { name: 'Roel Venema', discipline: 'gezinscoach' },
        source: 'eigen_waarneming',
        date: '2020-01-06',
        note: `taxatie-${marker}-notitie`,
        owner: '',
      },
    });
    await call('regie:saveAction', {
      familyId: family.familyId,
      kind: 'actie',
      description: `actie-${marker}-huisbezoek`,
      ownerProfessionalId: professional.id,
      ownerOrganisationId: null,
      dueDate: '2020-02-01',
      status: 'open',
      memberIds: [family.childId],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
    const meeting = await call('meetings:save', {
      type: 'zat',
      title: 'ZAT januari',
      startsAt: '2020-01-20T09:00:00.000Z',
      location: '',
      schoolId: null,
      chairId: null,
      confidentiality: '',
      // Held years ago: recorded afterwards.
      afterwards: true,
    });
    await call('meetings:setAgenda', { meetingId: meeting.id, items: [{ familyId: family.familyId, memberIds: [family.childId], anonymous: false }] });
    return { meetingId: meeting.id };
  };
  return { ...core, file, call, fail, fillFamily, enrichFamily, organisation, professional };
}
