import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { loadSummaryMeeting, recipientPreview, recipientShare } from '../../../../electron/core/exports/summaryModel';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { releaseMedicalMinutes } from '../../../../electron/core/meetingMode/secrecyReleases';
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
 * Who may receive what, read back from the PDFs themselves. A fictional CJG-overleg in Assen (all
 * names invented) with every case the rule must tell apart:
 * - Gezin Visser: consent of the mother (Daan is 7) for the school and the JGZ; the wijkteam and a
 *   woningcorporatie are involved "on need-to-know"; a huisarts event; JGZ notes; no suspicion on record.
 * - Gezin Smit: the father refused consent; a conflict van plichten for the wijkteam is recorded
 *   (who decided, why); a report to Veilig Thuis is on the timeline (a recorded suspicion).
 */
function seed(ctx: () => WriteContext) {
  const org = (name: string, type: OrganisationType, fn: OrganisationFunction) => saveOrganisation(ctx(), { name, type, function: fn, place: 'Assen', phone: '', email: '' }).id;
  const school = org('CBS De Wegwijzer', 'school', 'signalerend');
  const jgz = org('JGZ Assen', 'jgz', 'beide');
  const wijkteam = org('Wijkteam Assen-Noord', 'wijkteam', 'duidend');
  const vt = org('Veilig Thuis Assen', 'veilig_thuis', 'duidend');
  const woco = org('Woonstichting Assen', 'woningcorporatie', 'duidend');
  const gp = org('Huisartsenpraktijk Kloosterveen', 'huisarts', 'duidend');
  const pro = (organisationId: string, name: string) => saveProfessional(ctx(), { organisationId, name, role: '', phone: '', email: '', meetingTypes: [] }).id;
  const people = {
    ib: pro(school, 'Marieke Hofstra'),
    nurse: pro(jgz, 'Femke Brouwer'),
    coach: pro(wijkteam, 'Jelle Dijkstra'),
    vt: pro(vt, 'Ineke Postma'),
    woco: pro(woco, 'Bart Kuipers'),
    gp: pro(gp, 'Sietske Bos'),
  };
  const family = (name: string) => {
    const c = ctx();
    const f = createFamily(c, { displayName: name, anonymous: false });
    reindexFamily(c.db, f.id);
    return f.id;
  };
  const member = (familyId: string, role: 'kind' | 'ouder', givenName: string, familyName: string, birthDate: string) =>
    saveMember(ctx(), { familyId, role, givenName, familyName, birthDate, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' }).id;
  const involve = (familyId: string, organisationId: string, legalBasis: LegalBasis) =>
    saveInvolvement(ctx(), {
      familyId,
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
  const event = (familyId: string, over: Partial<TimelineEventInput>) =>
    saveTimelineEvent(ctx(), {
      familyId,
      type: 'notitie',
      date: '2026-11-10',
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
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [],
      ...over,
    });

  const visser = family('Gezin Visser');
  const daan = member(visser, 'kind', 'Daan', 'Visser', '2019-05-04');
  const anouk = member(visser, 'ouder', 'Anouk', 'Visser', '1990-01-15');
  addConsent(ctx(), { familyId: visser, personId: anouk, status: 'gegeven', organisationIds: [school, jgz], purpose: 'bespreken in het CJG-overleg', date: '2026-11-01' });
  involve(visser, wijkteam, 'noodzakelijk_betrokkenen');
  involve(visser, woco, 'noodzakelijk_betrokkenen');
  event(visser, { organisationId: gp, summary: 'Huisarts: Daan slaapt slecht, nachtmerries' });
  event(visser, { organisationId: wijkteam, summary: 'Wijkteam: gezinscoaching gestart' });

  const smit = family('Gezin Smit');
  const lieke = member(smit, 'kind', 'Lieke', 'Smit', '2018-02-10');
  const kees = member(smit, 'ouder', 'Kees', 'Smit', '1985-07-20');
  addConsent(ctx(), { familyId: smit, personId: kees, status: 'geweigerd', organisationIds: [], purpose: 'delen met school en wijkteam', date: '2026-11-02' });
  addConflictOfDuties(ctx(), {
    familyId: smit,
    organisationIds: [wijkteam],
    decidedBy: 'Femke Brouwer, jeugdverpleegkundige en aandachtsfunctionaris',
    reasons: 'Lieke vertelde over slaan thuis; vader weigert elke hulp. Zonder het wijkteam blijft zij onbeschermd.',
    date: '2026-11-03',
  });
  event(smit, { type: 'melding', organisationId: wijkteam, toOrganisationId: vt, legalBasis: 'meldrecht', summary: 'Melding bij Veilig Thuis na onthulling Lieke' });

  const meeting = saveMeeting(ctx(), { type: 'cjg_aanmeldoverleg', title: '', startsAt: '2026-11-16T09:00:00.000Z', location: 'CJG Assen', schoolId: null, chairId: null, confidentiality: '' }).id;
  setParticipants(ctx(), meeting, Object.values(people).map((professionalId) => ({ professionalId, attendance: 'aanwezig' as const })));
  setAgenda(ctx(), meeting, [
    { familyId: visser, memberIds: [daan], anonymous: false },
    { familyId: smit, memberIds: [lieke], anonymous: false },
  ]);
  saveCase(ctx(), { meetingId: meeting, familyId: visser, minutes: 'Visser-notulen: moeder staat open voor opvoedsteun.', medicalMinutes: 'JGZ-notitie Visser: groei Daan stagneert.' });
  saveCase(ctx(), { meetingId: meeting, familyId: smit, minutes: 'Smit-notulen: veiligheidsplan met het wijkteam.' });
  return { meeting, people, families: { visser, smit } };
}

type Who = 'ib' | 'nurse' | 'coach' | 'vt' | 'woco' | 'gp';
const RECIPIENTS: Who[] = ['ib', 'nurse', 'coach', 'vt', 'woco', 'gp'];

/** Each item and exactly who may receive it (the rest must not). */
const TABLE: { item: string; text: string; to: Who[] }[] = [
  { item: 'Visser by name (consent, need-to-know)', text: 'Gezin Visser', to: ['ib', 'nurse', 'coach'] },
  { item: 'Visser minutes (Veilig Thuis: anonymised)', text: 'Visser-notulen: moeder staat open voor opvoedsteun.', to: ['ib', 'nurse', 'coach'] },
  { item: 'Visser minutes, anonymised', text: '[naam]-notulen: moeder staat open voor opvoedsteun.', to: ['vt'] },
  { item: 'huisarts event (medical secrecy)', text: 'Huisarts: Daan slaapt slecht, nachtmerries', to: [] },
  { item: 'wijkteam event', text: 'Wijkteam: gezinscoaching gestart', to: ['ib', 'nurse', 'coach'] },
  { item: 'JGZ notes before a release', text: 'JGZ-notitie Visser: groei Daan stagneert.', to: ['nurse'] },
  { item: 'Smit by name (conflict van plichten, meldrecht)', text: 'Gezin Smit', to: ['coach', 'vt'] },
  { item: 'Smit minutes', text: 'Smit-notulen: veiligheidsplan met het wijkteam.', to: ['coach', 'vt'] },
  { item: 'Smit basis for the wijkteam', text: 'Grondslag voor deze samenvatting: conflict van plichten', to: ['coach'] },
  { item: 'Smit report (meldrecht)', text: 'Melding bij Veilig Thuis na onthulling Lieke', to: ['vt'] },
];

const documents = (k: ReturnType<typeof registerKit>, meeting: string, people: Record<Who, string>) => summaryTextsOf(k.db, meeting, people, RECIPIENTS);

describe('who may receive what, read back from the generated PDFs', () => {
  const k = registerKit();
  const { meeting, people, families } = seed(k.ctx);

  let rendered: Promise<Record<Who, string>> | null = null;
  const before = () => (rendered ??= documents(k, meeting, people));

  describe.each(TABLE)('$item', ({ text, to }) => {
    it.each(RECIPIENTS)('%s', async (who) => {
      expectOnlyFor(await before(), who, text, to);
    });
  });

  it('the preview says why: the woningcorporatie does not carry out the help, Veilig Thuis has no suspicion for Visser', () => {
    const data = loadSummaryMeeting(k.db, meeting);
    const preview = (id: string) => recipientPreview(data, recipientShare(data, data.participants.find((p) => p.professionalId === id)!));
    expect(preview(people.woco).families.map((f) => [f.label, f.included, f.withheldReason])).toEqual([
      ['Gezin Visser', false, 'geen_hulpverlener'],
      ['Gezin Smit', false, 'geen_grondslag'],
    ]);
    expect(preview(people.vt).families.map((f) => [f.label, f.form, f.withheldReason])).toEqual([
      ['Casus 1 (anoniem)', 'anoniem', 'geen_vermoeden'],
      ['Gezin Smit', 'volledig', null],
    ]);
    expect(preview(people.ib).families.map((f) => [f.label, f.included, f.withheldReason])).toEqual([
      ['Gezin Visser', true, null],
      ['Gezin Smit', false, 'geen_grondslag'],
    ]);
  });

  it('JGZ notes released by the wrong person stay secret; released by the secrecy holder they reach whom the release names', async () => {
    const school = loadSummaryMeeting(k.db, meeting).participants.find((p) => p.professionalId === people.ib)!.organisationId;
    const onConsent = {
      basis: 'toestemming' as const,
      organisationIds: [school],
      conflictOfDutiesId: null,
      confirmation: 'aanwezig' as const,
      confirmedAtMeetingId: meeting,
      writtenReference: '',
    };
    const wrong = () => releaseMedicalMinutes(k.ctx(), meeting, families.visser, { ...onConsent, holderProfessionalId: people.coach, reason: 'Wijkteam wil de groeigegevens zien' });
    const refusal = (() => {
      try {
        wrong();
      } catch (e) {
        return e instanceof AppError ? e.detail : String(e);
      }
      return 'accepted';
    })();
    expect(refusal).toMatch(/Jelle Dijkstra \(Wijkteam Assen-Noord\) is niet de beroepsgeheimhouder/);
    let docs = await documents(k, meeting, people);
    expect(RECIPIENTS.filter((who) => docs[who].includes('JGZ-notitie Visser'))).toEqual(['nurse']);

    releaseMedicalMinutes(k.ctx(), meeting, families.visser, { ...onConsent, holderProfessionalId: people.nurse, reason: 'Moeder stemde in met delen van de groeigegevens' });
    docs = await documents(k, meeting, people);
    // Toward the school only: the wijkteam (need-to-know) and Veilig Thuis (anonymised) are not named.
    expect(RECIPIENTS.filter((who) => docs[who].includes('JGZ-notitie Visser'))).toEqual(['ib', 'nurse']);
    expect(docs.vt).not.toContain('JGZ-notitie [naam]');
  });
});
