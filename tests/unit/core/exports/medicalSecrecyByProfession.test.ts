import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { renderRecipientSummary } from '../../../../electron/core/exports/meetingSummaries';
import { loadSummaryMeeting } from '../../../../electron/core/exports/summaryModel';
import { draftHandover } from '../../../../electron/core/handover/handoverPackage';
import { addEscalation } from '../../../../electron/core/regie/escalation';
import { saveAction } from '../../../../electron/core/regie/regieActions';
import { decideRegie } from '../../../../electron/core/regie/regieDecisions';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import { saveSafetyAgreement } from '../../../../electron/core/safetyAgreements/safetyAgreementService';
import { saveTimelineEvent } from '../../../../electron/core/timeline/timelineService';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { MedicalProfession, OrganisationType, TriState } from '../../../../shared/domain/vocabulary';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { registerKit } from '../register/registerKit';
import { pdfWords } from '../support/pdfText';

/**
 * Medical secrecy by profession and by association, read back from the PDFs. A fictional
 * wijkteam-casuïstiekoverleg in Emmen (all names invented) about Gezin Bos, whose mother consented
 * to sharing with every organisation at the table — so only medical secrecy can keep anything back:
 * - events from a hospital, a verloskundige, a jeugdhulp provider marked as working under medical
 *   secrecy, and a jeugdhulp provider whose mark is still "onbekend" (treated as before: not medical);
 * - the regisseur works at the GGZ; actions are owned by a verslavingszorg worker, by a psycholoog
 *   at the wijkteam and by the wijkteam's coach.
 */
function seed(ctx: () => WriteContext, family: (name: string) => string) {
  const org = (name: string, type: OrganisationType, medicalSecrecy?: TriState) =>
    saveOrganisation(ctx(), { name, type, function: 'duidend', place: 'Emmen', phone: '', email: '', ...(medicalSecrecy ? { medicalSecrecy } : {}) }).id;
  const orgs = {
    school: org('OBS De Esch', 'school'),
    wijkteam: org('Wijkteam Emmen-Zuid', 'wijkteam'),
    ggz: org('GGZ Drenthe', 'ggz'),
    vnn: org('Verslavingszorg Noord', 'verslavingszorg'),
    hospital: org('Treant Ziekenhuis', 'ziekenhuis'),
    midwife: org('Verloskundigen De Wieg', 'verloskundige'),
    accare: org('Accare Jeugd-GGZ', 'jeugdhulp', 'ja'),
    jeugdhulp: org('Jeugdhulp Zuidoost', 'jeugdhulp'),
    vt: org('Veilig Thuis Drenthe', 'veilig_thuis'),
  };
  const pro = (organisationId: string, name: string, medicalProfession: MedicalProfession | null = null) =>
    saveProfessional(ctx(), { organisationId, name, role: '', phone: '', email: '', meetingTypes: [], medicalProfession }).id;
  const people = {
    ib: pro(orgs.school, 'Marloes Kamphuis'),
    coach: pro(orgs.wijkteam, 'Jelle Dijkstra'),
    psych: pro(orgs.wijkteam, 'Lotte Meijer', 'psycholoog'),
    ggz: pro(orgs.ggz, 'Roelie Hoving'),
    vnn: pro(orgs.vnn, 'Wim Zwiers'),
    hospital: pro(orgs.hospital, 'Hanneke Wolters'),
    midwife: pro(orgs.midwife, 'Petra Lubbers'),
    accare: pro(orgs.accare, 'Gerrit Oosting'),
    jeugdhulp: pro(orgs.jeugdhulp, 'Karin Schuiling'),
    vt: pro(orgs.vt, 'Ingrid Mulder'),
  };
  const bos = family('Gezin Bos');
  saveMember(ctx(), { familyId: bos, role: 'kind', givenName: 'Sem', familyName: 'Bos', birthDate: '2018-04-02', parentalAuthority: false, schoolId: null, schoolGroup: '' });
  const ilse = saveMember(ctx(), { familyId: bos, role: 'ouder', givenName: 'Ilse', familyName: 'Bos', birthDate: '1991-03-03', parentalAuthority: true, schoolId: null, schoolGroup: '' }).id;
  addConsent(ctx(), {
    familyId: bos,
    personId: ilse,
    status: 'gegeven',
    organisationIds: Object.values(orgs).filter((o) => o !== orgs.vt),
    purpose: 'bespreken in het wijkteamoverleg',
    date: '2026-11-01',
  });
  const event = (organisationId: string, summary: string) => saveTimelineEvent(ctx(), { ...EVENT, familyId: bos, organisationId, summary });
  event(orgs.hospital, 'Sem op de spoedeisende hulp met een gebroken pols');
  event(orgs.midwife, 'Moeder zwanger, zorgen om middelengebruik');
  event(orgs.accare, 'Traumabehandeling Sem gestart');
  event(orgs.jeugdhulp, 'Ambulante opvoedhulp gestart');
  event(orgs.wijkteam, 'Gezinscoaching loopt');

  const meeting = saveMeeting(ctx(), { type: 'wijkteam_casuistiek', title: '', startsAt: '2026-11-16T09:00:00.000Z', location: 'Emmen', schoolId: null, chairId: people.coach, confidentiality: '' }).id;
  setParticipants(ctx(), meeting, Object.values(people).map((professionalId) => ({ professionalId, attendance: 'aanwezig' as const })));
  setAgenda(ctx(), meeting, [{ familyId: bos, memberIds: [], anonymous: false }]);
  decideRegie(ctx(), {
    familyId: bos,
    kind: 'regisseur',
    professionalId: people.ggz,
    organisationId: orgs.ggz,
    contact: '0591-777888',
    mandate: 'vrijwillig',
    doorzettingsmacht: false,
    since: '2026-11-16',
    judgement: '',
    reasons: 'moeder in behandeling',
    meetingId: meeting,
  });
  const action = (description: string, ownerProfessionalId: string) =>
    saveAction(ctx(), {
      familyId: bos,
      kind: 'actie',
      description,
      ownerProfessionalId,
      ownerOrganisationId: null,
      dueDate: '2026-12-01',
      status: 'open',
      memberIds: [],
      meetingId: meeting,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
  action('Afspraak over dagritme maken', people.vnn);
  action('Gesprek over angst bij Sem', people.psych);
  action('Huisbezoek plannen', people.coach);
  const sem = (ctx().db.prepare("SELECT id FROM family_members WHERE family_id = ? AND role = 'kind'").get(bos) as { id: string }).id;
  saveSafetyAgreement(ctx(), {
    familyId: bos,
    childIds: [sem],
    what: 'Moeder gebruikt niet als Sem thuis is',
    ownerProfessionalId: people.vnn,
    ownerOrganisationId: null,
    ownerFamily: false,
    ownerNetworkMemberId: null,
    status: 'open',
    parentsAgreement: '',
    parentsAgreedOn: '2026-11-15',
  });
  return { orgs, people, meeting, bos };
}

const EVENT: Omit<TimelineEventInput, 'familyId' | 'organisationId' | 'summary'> = {
  type: 'notitie',
  date: '2026-11-10',
  toOrganisationId: null,
  referralStatus: null,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
  legalBasis: 'toestemming',
  memberIds: [],
};

type Who = 'ib' | 'coach' | 'psych' | 'ggz' | 'vnn' | 'hospital' | 'midwife' | 'accare' | 'jeugdhulp';
const RECIPIENTS: Who[] = ['ib', 'coach', 'psych', 'ggz', 'vnn', 'hospital', 'midwife', 'accare', 'jeugdhulp'];
const ALL = RECIPIENTS;
const except = (...who: Who[]) => ALL.filter((w) => !who.includes(w));

const TABLE: { item: string; text: string; to: Who[] }[] = [
  { item: 'hospital event (ziekenhuis, medical by type)', text: 'Sem op de spoedeisende hulp met een gebroken pols', to: ['hospital'] },
  { item: 'verloskundige event (medical by type)', text: 'Moeder zwanger, zorgen om middelengebruik', to: ['midwife'] },
  { item: 'jeugdhulp marked as under medical secrecy', text: 'Traumabehandeling Sem gestart', to: ['accare'] },
  { item: 'jeugdhulp whose mark is onbekend (as before: not medical)', text: 'Ambulante opvoedhulp gestart', to: ALL },
  { item: 'wijkteam event', text: 'Gezinscoaching loopt', to: ALL },
  { item: 'GGZ regisseur by name', text: 'Roelie Hoving', to: ['ggz'] },
  { item: 'GGZ organisation named', text: 'GGZ Drenthe', to: ['ggz'] },
  { item: 'regisseur masked, contact via the chair', text: 'Een regisseur is aangewezen; contact via de voorzitter (Jelle Dijkstra, Wijkteam Emmen-Zuid)', to: except('ggz') },
  { item: 'verslavingszorg action owner by name', text: 'Wim Zwiers', to: ['vnn'] },
  { item: 'verslavingszorg organisation named', text: 'Verslavingszorg Noord', to: ['vnn'] },
  { item: 'psycholoog at the wijkteam, by name', text: 'Lotte Meijer', to: ['coach', 'psych'] },
  { item: 'the actions themselves go wherever the family goes', text: 'Afspraak over dagritme maken', to: ALL },
  // Every recipient reads at least one owner masked: the wijkteam reads the verslavingszorg worker so, the others the psycholoog.
  { item: 'masked owner', text: 'een betrokken professional (via de voorzitter', to: ALL },
  { item: 'masked participant', text: 'een betrokken professional (medisch beroepsgeheim)', to: ALL },
  { item: 'a safety agreement goes wherever the family goes', text: 'Moeder gebruikt niet als Sem thuis is', to: ALL },
  { item: 'the wijkteam coach is no medical person', text: 'Huisbezoek plannen', to: ALL },
  { item: 'hospital named (participant, event)', text: 'Treant', to: ['hospital'] },
];

describe('medical secrecy by profession and by association, read back from the PDFs', () => {
  const k = registerKit();
  const { people, meeting, orgs, bos } = seed(k.ctx, k.family);

  let rendered: Promise<Record<Who, string>> | null = null;
  const docs = () =>
    (rendered ??= (async () => {
      const data = loadSummaryMeeting(k.db, meeting);
      const out = {} as Record<Who, string>;
      for (const who of RECIPIENTS) {
        const recipient = data.participants.find((p) => p.professionalId === people[who])!;
        out[who] = pdfWords((await renderRecipientSummary(data, recipient, null)).pdf);
      }
      return out;
    })());

  describe.each(TABLE)('$item', ({ text, to }) => {
    it.each(RECIPIENTS)('%s', async (who) => {
      const d = await docs();
      if (to.includes(who)) expect(d[who]).toContain(text);
      else expect(d[who]).not.toContain(text);
    });
  });

  it('a handover package to the school names neither the GGZ regisseur nor the verslavingszorg owner; one to the GGZ names its own regisseur', () => {
    const today = { year: 2026, month: 11, day: 28 };
    const texts = (organisationId: string) => (draftHandover(k.db, [bos], organisationId, k.operator, today).families[0]!.family?.items ?? []).map((i) => i.text).join('\n');
    const school = texts(orgs.school);
    expect(school).toContain('Een regisseur is aangewezen; contact via de overdragende organisatie');
    expect(school).not.toMatch(/Roelie Hoving|GGZ Drenthe|Wim Zwiers|Verslavingszorg Noord/);
    expect(school).toContain('Afspraak over dagritme maken');
    const ggz = texts(orgs.ggz);
    expect(ggz).toContain('Regisseur: Roelie Hoving (GGZ Drenthe)');
    expect(ggz).not.toContain('Wim Zwiers');
  });

  it('only named advice from Veilig Thuis carries the family’s name to Veilig Thuis', async () => {
    const vtDoc = async () => {
      const data = loadSummaryMeeting(k.db, meeting);
      return pdfWords((await renderRecipientSummary(data, data.participants.find((p) => p.professionalId === people.vt)!, null)).pdf);
    };
    const step = (anonymous: boolean) =>
      addEscalation(k.ctx(), { familyId: bos, step: 'veilig_thuis_advies', date: '2026-11-12', trigger: 'zorgen om veiligheid', decidedBy: 'Jelle Dijkstra', reasons: 'advies gevraagd', anonymous });
    step(true);
    let doc = await vtDoc();
    expect(doc).toContain('Casus 1 (anoniem)');
    expect(doc).not.toContain('Gezin Bos');
    step(false);
    doc = await vtDoc();
    expect(doc).toContain('Gezin Bos');
  });

  it('refuses anonymous for a step that is not advice', () => {
    expect(() => addEscalation(k.ctx(), { familyId: bos, step: 'drang', date: '2026-11-12', trigger: 'x', decidedBy: 'y', reasons: 'z', anonymous: true })).toThrow(AppError);
  });
});
