import { describe, expect, it } from 'vitest';
import { buildInzageDocument } from '../../../../electron/core/privacy/inzageDocument';
import { draftHandover } from '../../../../electron/core/handover/handoverPackage';
import { loadSummaryMeeting, recipientPreview, recipientShare } from '../../../../electron/core/exports/summaryModel';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveInvolvement } from '../../../../electron/core/register/involvementService';
import { saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import { createFamily } from '../../../../electron/core/families/familyService';
import { reindexFamily } from '../../../../electron/core/recordStore/searchIndex';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { OrganisationFunction, OrganisationType } from '../../../../shared/domain/vocabulary';
import { registerKit } from '../register/registerKit';
import { expectOnlyFor, summaryTextsOf } from './summaryTexts';

/**
 * Names that must not leave, read back from the PDFs: every Dutch form of a household's names, its
 * school and address in an anonymised case, and another family's names toward a recipient without
 * a basis for that family. A fictional 1-2-3-tje in Assen; every name is invented.
 * - Gezin Jansen (on the agenda, by name): Saar (7, at CBS De Wegwijzer) and her mother Ilse. Consent
 *   of Ilse for the school; the wijkteam is involved on need-to-know; Veilig Thuis has no suspicion
 *   on record, so it gets the case anonymised.
 * - Gezin de Boer (not on the agenda): Sem, Saar's classmate; only the wijkteam is involved.
 * - Gezin Dijkstra (not on the agenda) shares its surname with the wijkteam's Jelle Dijkstra.
 * - Gezin Bakker (on the agenda, discussed anonymously): its minutes carry a misspelt surname.
 */
function seed(ctx: () => WriteContext) {
  const org = (name: string, type: OrganisationType, fn: OrganisationFunction) => saveOrganisation(ctx(), { name, type, function: fn, place: 'Assen', phone: '', email: '' }).id;
  const school = org('CBS De Wegwijzer', 'school', 'signalerend');
  const wijkteam = org('Wijkteam Assen-Noord', 'wijkteam', 'duidend');
  const vt = org('Veilig Thuis Drenthe', 'veilig_thuis', 'duidend');
  const pro = (organisationId: string, name: string) => saveProfessional(ctx(), { organisationId, name, role: '', phone: '', email: '', meetingTypes: [] }).id;
  const people = { ib: pro(school, 'Marieke Hofstra'), coach: pro(wijkteam, 'Jelle Dijkstra'), vt: pro(vt, 'Ineke Postma') };
  const family = (name: string) => {
    const c = ctx();
    const f = createFamily(c, { displayName: name, anonymous: false });
    reindexFamily(c.db, f.id);
    return f.id;
  };
  const member = (familyId: string, role: 'kind' | 'ouder', givenName: string, familyName: string, birthDate: string, schoolId: string | null = null) =>
    saveMember(ctx(), { familyId, role, givenName, familyName, birthDate, parentalAuthority: role === 'ouder', schoolId, schoolGroup: '' }).id;
  const involve = (familyId: string) =>
    saveInvolvement(ctx(), {
      familyId,
      memberId: null,
      professionalId: null,
      organisationId: wijkteam,
      role: '',
      mandate: 'vrijwillig',
      since: '2026-09-01',
      lastContact: null,
      virRegistered: 'nee',
      virDate: null,
      virBy: '',
      legalBasis: 'noodzakelijk_betrokkenen',
      endedAt: null,
    });

  const jansen = family('Gezin Jansen');
  const saar = member(jansen, 'kind', 'Saar', 'Jansen', '2019-04-02', school);
  const ilse = member(jansen, 'ouder', 'Ilse', 'Jansen', '1991-08-12');
  addConsent(ctx(), { familyId: jansen, personId: ilse, status: 'gegeven', organisationIds: [school], purpose: 'bespreken in het 1-2-3-tje', date: '2026-11-01' });
  involve(jansen);

  const deBoer = family('Gezin de Boer');
  member(deBoer, 'kind', 'Sem', 'de Boer', '2019-01-20', school);
  involve(deBoer);
  member(family('Gezin Dijkstra'), 'ouder', 'Fenna', 'Dijkstra', '1980-03-03');

  const bakker = family('Gezin Bakker');
  const lotte = member(bakker, 'kind', 'Lotte', 'Bakker', '2017-06-06');
  involve(bakker);

  const meeting = saveMeeting(ctx(), { type: 'een_twee_drie_tje', title: '', startsAt: '2026-11-16T09:00:00.000Z', location: 'CBS De Wegwijzer', schoolId: school, chairId: null, confidentiality: '' }).id;
  setParticipants(ctx(), meeting, Object.values(people).map((professionalId) => ({ professionalId, attendance: 'aanwezig' as const })));
  setAgenda(ctx(), meeting, [
    { familyId: jansen, memberIds: [saar], anonymous: false },
    { familyId: bakker, memberIds: [lotte], anonymous: true },
  ]);
  saveCase(ctx(), {
    meetingId: meeting,
    familyId: jansen,
    minutes:
      "Saartje vertelde dat Jansens auto weg is en dat SAAR's jas nat was. Moeder (I.J.) woont nu op Kerkstraat 12a, 9401 AB Assen, telefoon 06-12345678. Op CBS De Wegwijzer speelt ze met Sem de Boer. Jelle Dijkstra belt moeder.",
  });
  saveCase(ctx(), { meetingId: meeting, familyId: bakker, minutes: 'Bakekr kwam niet naar het gesprek.' });
  return { meeting, people, orgs: { school, wijkteam }, families: { jansen } };
}

type Who = 'ib' | 'coach' | 'vt';
const RECIPIENTS: Who[] = ['ib', 'coach', 'vt'];

describe('names that must not leave, read back from the generated PDFs', () => {
  const k = registerKit();
  const { meeting, people, orgs, families } = seed(k.ctx);
  let rendered: Promise<Record<Who, string>> | null = null;
  const docs = () => (rendered ??= summaryTextsOf(k.db, meeting, people, RECIPIENTS));

  const TABLE: { what: string; text: string; to: Who[] }[] = [
    { what: 'the diminutive of a child in the family', text: 'Saartje', to: ['ib', 'coach'] },
    { what: 'a possessive surname', text: 'Jansens auto', to: ['ib', 'coach'] },
    { what: "a possessive in capitals", text: "SAAR's", to: ['ib', 'coach'] },
    { what: 'initials', text: '(I.J.)', to: ['ib', 'coach'] },
    { what: 'an address and postcode', text: 'Kerkstraat 12a, 9401 AB', to: ['ib', 'coach'] },
    { what: 'a phone number', text: '06-12345678', to: ['ib', 'coach'] },
    { what: 'the school', text: 'Op CBS De Wegwijzer speelt', to: ['ib', 'coach'] },
    { what: 'another family, to the one organisation with a basis for it', text: 'met Sem de Boer', to: ['coach'] },
    { what: 'the same words anonymised for Veilig Thuis', text: '[naam] vertelde dat [naam] auto weg is en dat [naam] jas nat was. Moeder ([naam]) woont nu op [adres], [postcode] Assen, telefoon [telefoonnummer]. Op [school] speelt ze met [naam] de [naam].', to: ['vt'] },
    { what: 'another family replaced for the school', text: 'speelt ze met [naam] de [naam]. Jelle Dijkstra belt moeder.', to: ['ib', 'vt'] },
    { what: "a professional's name that a household elsewhere shares", text: 'Jelle Dijkstra belt moeder', to: ['ib', 'coach', 'vt'] },
    { what: 'a misspelt surname in an anonymous case', text: 'Bakekr', to: [] },
  ];

  describe.each(TABLE)('$what', ({ text, to }) => {
    it.each(RECIPIENTS)('%s', async (who) => {
      expectOnlyFor(await docs(), who, text, to);
    });
  });

  it('the preview says what was replaced and why a text stays behind, without the words themselves', () => {
    const data = loadSummaryMeeting(k.db, meeting);
    const preview = (who: Who) => recipientPreview(data, recipientShare(data, data.participants.find((p) => p.professionalId === people[who])!));
    const minutes = (who: Who, n: number) => preview(who).families[n]!.items.find((i) => i.kind === 'notulen')!;
    expect(new Set(minutes('vt', 0).replaced)).toEqual(new Set(['naamsvorm', 'initialen', 'adres', 'postcode', 'telefoonnummer', 'school', 'ander_gezin']));
    expect(minutes('ib', 0).replaced).toEqual(['ander_gezin', 'ander_gezin']);
    expect(minutes('coach', 0).replaced).toEqual([]);
    expect(minutes('coach', 1)).toMatchObject({ included: false, withheldReason: 'anoniem_niet_veilig' });
    expect(JSON.stringify(preview('vt'))).not.toMatch(/Saar|Jansen|Wegwijzer|Kerkstraat|Bakker|Bakekr/);
  });

  it("a handover package carries another family's names only to an organisation with a basis for that family", () => {
    const minutesTo = (organisationId: string) => {
      const draft = draftHandover(k.db, [families.jansen], organisationId, k.operator, { year: 2026, month: 11, day: 20 });
      return draft.families[0]!.family!.items.filter((i) => i.kind === 'notulen').map((i) => i.text).join(' ');
    };
    expect(minutesTo(orgs.school)).toContain('speelt ze met [naam] de [naam]. Jelle Dijkstra belt moeder.');
    expect(minutesTo(orgs.wijkteam)).toContain('speelt ze met Sem de Boer.');
  });

  it("an inzage for one family replaces another family's names and says so", () => {
    const doc = buildInzageDocument(k.db, k.operator, new Date('2026-11-20T10:00:00Z'), families.jansen, null);
    const minutes = (doc.records.meeting_cases ?? []).map((r) => String(r.minutes)).join(' ');
    expect(minutes).toContain('speelt ze met [naam] de [naam]. Jelle Dijkstra belt moeder.');
    expect(minutes).toContain('Saartje');
    expect(doc.withheld?.map((w) => w.table)).toContain('meeting_cases');
  });
});
