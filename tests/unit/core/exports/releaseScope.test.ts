import { describe, expect, it } from 'vitest';
import { loadSummaryMeeting, recipientPreview, recipientShare } from '../../../../electron/core/exports/summaryModel';
import { releaseTimelineEvent } from '../../../../electron/core/meetingMode/secrecyReleases';
import { addConflictOfDuties } from '../../../../electron/core/register/conflictOfDutiesService';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveInvolvement } from '../../../../electron/core/register/involvementService';
import { saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import { createFamily } from '../../../../electron/core/families/familyService';
import { reindexFamily } from '../../../../electron/core/recordStore/searchIndex';
import { saveTimelineEvent } from '../../../../electron/core/timeline/timelineService';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { LegalBasis, OrganisationFunction, OrganisationType } from '../../../../shared/domain/vocabulary';
import type { TimelineEventInput } from '../../../../shared/timeline/timelineEvent';
import { registerKit } from '../register/registerKit';
import { expectOnlyFor, summaryTextsOf } from './summaryTexts';

/**
 * A release from medical secrecy reaches whom it names, on its basis, read back from the PDFs. A
 * fictional CJG-overleg in Assen (all names invented), Gezin Mulder: the mother's consent covers the
 * school, the JGZ and the huisarts; a conflict van plichten decision names only the wijkteam; a
 * report to Veilig Thuis is on the timeline (a suspicion on record). The huisarts brought in seven
 * events, each released differently — and three were released before releases named recipients.
 */
function seed(ctx: () => WriteContext) {
  const org = (name: string, type: OrganisationType, fn: OrganisationFunction) => saveOrganisation(ctx(), { name, type, function: fn, place: 'Assen', phone: '', email: '' }).id;
  const orgs = {
    school: org('CBS De Wegwijzer', 'school', 'signalerend'),
    jgz: org('JGZ Assen', 'jgz', 'beide'),
    wijkteam: org('Wijkteam Assen-Noord', 'wijkteam', 'duidend'),
    vt: org('Veilig Thuis Assen', 'veilig_thuis', 'duidend'),
    gp: org('Huisartsenpraktijk Kloosterveen', 'huisarts', 'duidend'),
  };
  const pro = (organisationId: string, name: string) => saveProfessional(ctx(), { organisationId, name, role: '', phone: '', email: '', meetingTypes: [] }).id;
  const people = {
    ib: pro(orgs.school, 'Marieke Hofstra'),
    nurse: pro(orgs.jgz, 'Femke Brouwer'),
    coach: pro(orgs.wijkteam, 'Jelle Dijkstra'),
    vt: pro(orgs.vt, 'Ineke Postma'),
    gp: pro(orgs.gp, 'Sietske Bos'),
  };
  const c = ctx();
  const mulder = createFamily(c, { displayName: 'Gezin Mulder', anonymous: false }).id;
  reindexFamily(c.db, mulder);
  const member = (role: 'kind' | 'ouder', givenName: string, birthDate: string) =>
    saveMember(ctx(), { familyId: mulder, role, givenName, familyName: 'Mulder', birthDate, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' }).id;
  const sem = member('kind', 'Sem', '2019-03-12');
  const mother = member('ouder', 'Ilse', '1991-06-02');
  addConsent(ctx(), { familyId: mulder, personId: mother, status: 'gegeven', organisationIds: [orgs.school, orgs.jgz, orgs.gp], purpose: 'bespreken in het CJG-overleg', date: '2026-11-01' });
  const involve = (organisationId: string, legalBasis: LegalBasis) =>
    saveInvolvement(ctx(), {
      familyId: mulder,
      memberId: null,
      professionalId: null,
      organisationId,
      role: '',
      mandate: 'vrijwillig',
      since: '2026-09-01',
      lastContact: null,
      virRegistered: 'nee',
      virDate: null,
      virBy: '',
      legalBasis,
      endedAt: null,
    });
  involve(orgs.gp, 'noodzakelijk_betrokkenen');
  const decision = addConflictOfDuties(ctx(), {
    familyId: mulder,
    organisationIds: [orgs.wijkteam],
    decidedBy: 'Femke Brouwer, jeugdverpleegkundige en aandachtsfunctionaris',
    reasons: 'Sem vertelde over slaan thuis; zonder het wijkteam blijft hij onbeschermd.',
    date: '2026-11-03',
  }).id;
  const event = (summary: string, over: Partial<TimelineEventInput> = {}) =>
    saveTimelineEvent(ctx(), {
      familyId: mulder,
      type: 'notitie',
      date: '2026-11-10',
      organisationId: orgs.gp,
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary,
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [sem],
      ...over,
    }).id;
  event('Melding bij Veilig Thuis na onthulling Sem', { type: 'melding', organisationId: orgs.wijkteam, toOrganisationId: orgs.vt, legalBasis: 'meldrecht' });
  // One day apart, so the preview lists them in this order.
  const events = {
    conflict: event('Huisarts eerste: blauwe plekken', { date: '2026-11-04' }),
    consent: event('Huisarts tweede: slaapt slecht', { date: '2026-11-05' }),
    meldrecht: event('Huisarts derde: letsel arm', { date: '2026-11-06' }),
    unreleased: event('Huisarts vierde: astma', { date: '2026-11-07' }),
    oldConsent: event('Huisarts vijfde: groeicurve', { date: '2026-11-08' }),
    oldConflict: event('Huisarts zesde: verwaarlozing', { date: '2026-11-09' }),
    oldUnrecorded: event('Huisarts zevende: eczeem', { date: '2026-11-10' }),
  };
  const meeting = saveMeeting(ctx(), { type: 'cjg_aanmeldoverleg', title: '', startsAt: '2026-11-16T09:00:00.000Z', location: 'CJG Assen', schoolId: null, chairId: null, confidentiality: '' }).id;
  setParticipants(ctx(), meeting, Object.values(people).map((professionalId) => ({ professionalId, attendance: 'aanwezig' as const })));
  setAgenda(ctx(), meeting, [{ familyId: mulder, memberIds: [sem], anonymous: false }]);

  const present = { holderProfessionalId: people.gp, confirmation: 'aanwezig' as const, confirmedAtMeetingId: meeting, writtenReference: '', conflictOfDutiesId: null };
  releaseTimelineEvent(ctx(), events.conflict, { ...present, basis: 'conflict_van_plichten', conflictOfDutiesId: decision, organisationIds: [orgs.wijkteam], reason: 'De veiligheid van Sem vereist dat het wijkteam dit weet.' });
  releaseTimelineEvent(ctx(), events.consent, {
    ...present,
    basis: 'toestemming',
    organisationIds: [orgs.school],
    confirmation: 'schriftelijk',
    confirmedAtMeetingId: null,
    writtenReference: 'e-mail 12 november, kenmerk HA-2026-31',
    reason: 'Moeder stemde in met delen met de school.',
  });
  releaseTimelineEvent(ctx(), events.meldrecht, { ...present, basis: 'meldrecht', organisationIds: [orgs.vt], reason: 'Veilig Thuis onderzoekt de melding over Sem.' });
  // Releases recorded before releases named recipients, as migration 0020 left them.
  const old = c.db.prepare(
    "INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis) VALUES ('tijdlijn', ?, ?, 'Oude vrijgave met reden', 'Sanne de Wit', '2026-11-05T09:00:00.000Z', ?, ?)",
  );
  old.run(events.oldConsent, mulder, people.gp, 'toestemming');
  old.run(events.oldConflict, mulder, people.gp, 'conflict_van_plichten');
  old.run(events.oldUnrecorded, mulder, null, 'niet_vastgelegd');
  return { meeting, people, orgs, mulder, mother, decision, events, present };
}

type Who = 'ib' | 'nurse' | 'coach' | 'vt' | 'gp';
const RECIPIENTS: Who[] = ['ib', 'nurse', 'coach', 'vt', 'gp'];

const documents = (k: ReturnType<typeof registerKit>, meeting: string, people: Record<Who, string>) => summaryTextsOf(k.db, meeting, people, RECIPIENTS);

/** Each huisarts event and exactly who receives it (the huisarts always keeps its own). */
const WHILE_CONSENT_HOLDS: { release: string; text: string; to: Who[] }[] = [
  { release: 'conflict van plichten toward the wijkteam', text: 'Huisarts eerste: blauwe plekken', to: ['coach', 'gp'] },
  { release: 'consent toward the school', text: 'Huisarts tweede: slaapt slecht', to: ['ib', 'gp'] },
  { release: 'meldrecht toward Veilig Thuis', text: 'Huisarts derde: letsel arm', to: ['vt', 'gp'] },
  { release: 'not released', text: 'Huisarts vierde: astma', to: ['gp'] },
  { release: 'old, on consent: whom the consent covers', text: 'Huisarts vijfde: groeicurve', to: ['ib', 'nurse', 'gp'] },
  { release: 'old, on conflict van plichten: whom the decisions name', text: 'Huisarts zesde: verwaarlozing', to: ['coach', 'gp'] },
  { release: 'old, without a recorded basis: nobody else', text: 'Huisarts zevende: eczeem', to: ['gp'] },
];

/** After the mother withdrew her consent for the huisarts, the releases on consent lapse. */
const AFTER_WITHDRAWAL: { release: string; text: string; to: Who[] }[] = [
  { release: 'conflict van plichten toward the wijkteam', text: 'Huisarts eerste: blauwe plekken', to: ['coach', 'gp'] },
  { release: 'consent toward the school (lapsed)', text: 'Huisarts tweede: slaapt slecht', to: ['gp'] },
  { release: 'meldrecht toward Veilig Thuis', text: 'Huisarts derde: letsel arm', to: ['vt', 'gp'] },
  { release: 'old, on consent (lapsed)', text: 'Huisarts vijfde: groeicurve', to: ['gp'] },
];

describe('a release from medical secrecy reaches whom it names, read back from the PDFs', () => {
  const k = registerKit();
  const seeded = seed(k.ctx);
  const { meeting, people } = seeded;
  let rendered: Promise<Record<Who, string>> | null = null;
  const before = () => (rendered ??= documents(k, meeting, people));

  describe.each(WHILE_CONSENT_HOLDS)('$release', ({ text, to }) => {
    it.each(RECIPIENTS)('%s', async (who) => {
      expectOnlyFor(await before(), who, text, to);
    });
  });

  it('the preview says per item why it goes or not', () => {
    const data = loadSummaryMeeting(k.db, meeting);
    const items = (id: string) => recipientPreview(data, recipientShare(data, data.participants.find((p) => p.professionalId === id)!)).families[0]!.items;
    const find = (id: string, label: string) => items(id).find((i) => i.label.includes(label) || i.label === label);
    const coachItems = items(people.coach).filter((i) => i.kind === 'tijdlijn' && i.why !== null);
    expect(coachItems.map((i) => [i.included, i.withheldReason, i.why])).toEqual([
      [true, null, 'Vrijgegeven door Sietske Bos (Huisartsenpraktijk Kloosterveen) op conflict van plichten, voor Wijkteam Assen-Noord.'],
      [false, 'vrijgave_niet_voor_ontvanger', 'Niet vrijgegeven voor deze ontvanger: de vrijgave op toestemming noemt alleen CBS De Wegwijzer.'],
      [false, 'vrijgave_niet_voor_ontvanger', 'Niet vrijgegeven voor deze ontvanger: de vrijgave op meldrecht geldt alleen voor Veilig Thuis Assen.'],
      [false, 'medisch_beroepsgeheim', 'Medisch beroepsgeheim: de beroepsgeheimhouder heeft dit niet vrijgegeven.'],
      [false, 'vrijgave_niet_voor_ontvanger', expect.stringContaining('de toestemming dekt deze ontvanger niet')],
      [true, null, expect.stringContaining('een besluit conflict van plichten noemt deze ontvanger')],
      [false, 'vrijgave_zonder_ontvangers', expect.stringContaining('leg de vrijgave opnieuw vast met de ontvangers')],
    ]);
    // An item not under medical secrecy needs no sentence: its reason code says it.
    expect(find(people.gp, 'Wijkteam Assen-Noord')?.why).toBeNull();
  });

  describe('after the consent for the huisarts is withdrawn', () => {
    let after: Promise<Record<Who, string>> | null = null;
    const withdrawn = () => {
      if (after === null) {
        addConsent(k.ctx(), { familyId: seeded.mulder, personId: seeded.mother, status: 'ingetrokken', organisationIds: [seeded.orgs.gp], purpose: 'delen door de huisarts', date: '2026-11-14' });
        after = documents(k, meeting, people);
      }
      return after;
    };
    describe.each(AFTER_WITHDRAWAL)('$release', ({ text, to }) => {
      it.each(RECIPIENTS)('%s', async (who) => {
        await before();
        expectOnlyFor(await withdrawn(), who, text, to);
      });
    });
    it('the preview says the release lapsed', async () => {
      await withdrawn();
      const data = loadSummaryMeeting(k.db, meeting);
      const school = recipientPreview(data, recipientShare(data, data.participants.find((p) => p.professionalId === people.ib)!)).families[0]!;
      const item = school.items.find((i) => i.label.includes('Tijdlijn') && i.withheldReason === 'vrijgave_vervallen');
      expect(item?.why).toMatch(/^Vrijgave vervallen: de toestemming waarop Sietske Bos \(Huisartsenpraktijk Kloosterveen\) het vrijgaf/);
    });
  });
});

