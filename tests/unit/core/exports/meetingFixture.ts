import { signalDiscussed, saveAction } from '../../../../electron/core/regie/regieActions';
import { decideRegie } from '../../../../electron/core/regie/regieDecisions';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveInvolvement } from '../../../../electron/core/register/involvementService';
import { saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import { saveTimelineEvent } from '../../../../electron/core/timeline/timelineService';
import { createFamily } from '../../../../electron/core/families/familyService';
import { reindexFamily } from '../../../../electron/core/recordStore/searchIndex';
import type { OrganisationType } from '../../../../shared/domain/vocabulary';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';

/**
 * A fictional 1-2-3-tje at an Emmen primary school, with every case the recipient rule must tell
 * apart (all names invented):
 * - Gezin Bakker: consent (parents of Noor, 8) for the school and the JGZ; the wijkteam is involved
 *   in the help. JGZ notes, a JGZ timeline event, a school signal, a report to Veilig Thuis (meldrecht).
 * - Familie Yilmaz: consent for the JGZ only — the school's IB must not receive this family.
 * - Gezin Hoekstra: discussed anonymously; only the wijkteam is involved.
 * Meeting: Monday 2 March 2026, 10:00 Amsterdam (09:00 UTC).
 */
export const MEETING_START = '2026-03-02T09:00:00.000Z';

export function seedMeeting(ctx: () => WriteContext) {
  const org = (name: string, type: OrganisationType, phone = '', email = '') =>
    saveOrganisation(ctx(), { name, type, function: 'duidend', place: 'Emmen', phone, email }).id;
  const school = org('OBS De Regenboog', 'school');
  const jgz = org('JGZ Drenthe', 'jgz');
  const wijkteam = org('Wijkteam Emmen-Oost', 'wijkteam', '0591-123456');
  const vt = org('Veilig Thuis Drenthe', 'veilig_thuis');
  const huisarts = org('Huisartsenpraktijk Zuidbroek', 'huisarts');
  const pro = (organisationId: string, name: string, role: string, phone = '', email = '') =>
    saveProfessional(ctx(), { organisationId, name, role, phone, email, meetingTypes: [] }).id;
  const ib = pro(school, 'Sanne de Wit', 'intern begeleider');
  const nurse = pro(jgz, 'Ilse Wiersma', 'jeugdverpleegkundige');
  const coach = pro(wijkteam, 'Roel Venema', 'gezinscoach', '06-12345678', 'r.venema@wijkteam-emmen.example');
  const vtWorker = pro(vt, 'Karin Mulder', 'aandachtsfunctionaris');

  const family = (name: string) => {
    const c = ctx();
    const f = createFamily(c, { displayName: name, anonymous: false });
    reindexFamily(c.db, f.id);
    return f.id;
  };
  const member = (familyId: string, role: 'kind' | 'ouder', givenName: string, familyName: string, birthDate: string) =>
    saveMember(ctx(), { familyId, role, givenName, familyName, birthDate, parentalAuthority: role === 'ouder', schoolId: role === 'kind' ? school : null, schoolGroup: '' }).id;
  const involve = (familyId: string, organisationId: string, professionalId: string | null) =>
    saveInvolvement(ctx(), {
      familyId,
      memberId: null,
      professionalId,
      organisationId,
      role: 'hulpverlener',
      mandate: 'vrijwillig',
      since: '2026-01-10',
      lastContact: null,
      virRegistered: 'nee',
      virDate: null,
      virBy: '',
      legalBasis: 'noodzakelijk_betrokkenen',
      endedAt: null,
    });
  const event = (familyId: string, over: Partial<TimelineEventInput>) =>
    saveTimelineEvent(ctx(), {
      familyId,
      type: 'signaal',
      date: '2026-02-10',
      organisationId: school,
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary: '',
      legalBasis: 'toestemming',
      memberIds: [],
      ...over,
    }).id;

  // Gezin Bakker
  const bakker = family('Gezin Bakker');
  const noor = member(bakker, 'kind', 'Noor', 'Bakker', '2017-06-01');
  const peter = member(bakker, 'ouder', 'Peter', 'Bakker', '1985-04-12');
  addConsent(ctx(), { familyId: bakker, personId: peter, status: 'gegeven', organisationIds: [school, jgz], purpose: 'bespreken in het 1-2-3-tje', date: '2026-02-01' });
  involve(bakker, wijkteam, coach);
  const schoolSignal = event(bakker, { summary: 'Noor komt vaak moe en zonder ontbijt op school', noticedBy: 'leerkracht groep 5' });
  const jgzEvent = event(bakker, { type: 'notitie', organisationId: jgz, summary: 'JGZ-consult: gewicht Noor onder de groeilijn' });
  const melding = event(bakker, { type: 'melding', organisationId: wijkteam, toOrganisationId: vt, legalBasis: 'meldrecht', summary: 'Melding gedaan bij Veilig Thuis na huiselijk geweld' });
  const oldEvent = event(bakker, { date: '2025-06-01', summary: 'Oud signaal van vorig schooljaar' });
  decideRegie(ctx(), {
    familyId: bakker,
    kind: 'regisseur',
    professionalId: coach,
    organisationId: wijkteam,
    contact: '',
    mandate: 'vrijwillig',
    doorzettingsmacht: true,
    since: '2026-03-02',
    judgement: '',
    reasons: '',
    meetingId: null,
  });

  // Familie Yilmaz
  const yilmaz = family('Familie Yilmaz');
  const elif = member(yilmaz, 'kind', 'Elif', 'Yilmaz', '2016-09-15');
  const ayse = member(yilmaz, 'ouder', 'Ayse', 'Yilmaz', '1988-02-02');
  addConsent(ctx(), { familyId: yilmaz, personId: ayse, status: 'gegeven', organisationIds: [jgz], purpose: 'alleen met de JGZ', date: '2026-02-01' });

  // Gezin Hoekstra (anonymous)
  const hoekstra = family('Gezin Hoekstra');
  member(hoekstra, 'kind', 'Jesse', 'Hoekstra', '2018-01-20');
  involve(hoekstra, wijkteam, coach);

  const meeting = saveMeeting(ctx(), {
    type: 'een_twee_drie_tje',
    title: '',
    startsAt: MEETING_START,
    location: 'OBS De Regenboog, Emmen',
    schoolId: school,
    chairId: ib,
    confidentiality: '',
    // The fixture's meeting was held before the vault's clock: recorded afterwards.
    afterwards: true,
  }).id;
  setParticipants(ctx(), meeting, [ib, nurse, coach, vtWorker].map((professionalId) => ({ professionalId, attendance: 'uitgenodigd' as const })));
  setAgenda(ctx(), meeting, [
    { familyId: bakker, memberIds: [noor], anonymous: false },
    { familyId: yilmaz, memberIds: [elif], anonymous: false },
    { familyId: hoekstra, memberIds: [], anonymous: true },
  ]);
  const action = saveAction(ctx(), {
    familyId: bakker,
    kind: 'actie',
    description: 'Huisbezoek plannen met moeder en Noor',
    ownerProfessionalId: coach,
    ownerOrganisationId: null,
    dueDate: '2026-03-16',
    status: 'open',
    memberIds: [],
    meetingId: meeting,
    signallerOrganisationId: null,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
  }).id;
  const feedback = signalDiscussed(ctx(), { familyId: bakker, signallerOrganisationId: huisarts, ownerProfessionalId: coach, ownerOrganisationId: null, dueDate: null, meetingId: meeting }).id;

  return {
    orgs: { school, jgz, wijkteam, vt, huisarts },
    people: { ib, nurse, coach, vtWorker },
    families: { bakker, yilmaz, hoekstra },
    children: { noor, elif },
    events: { schoolSignal, jgzEvent, melding, oldEvent },
    meeting,
    action,
    feedback,
  };
}
export type SeededMeeting = ReturnType<typeof seedMeeting>;
