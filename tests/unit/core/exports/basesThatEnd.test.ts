import { describe, it } from 'vitest';
import { saveCase } from '../../../../electron/core/meetingMode/meetingCases';
import { addConflictOfDuties, endConflictOfDuties } from '../../../../electron/core/register/conflictOfDutiesService';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { OrganisationFunction, OrganisationType } from '../../../../shared/domain/vocabulary';
import { registerKit } from '../register/registerKit';
import { expectOnlyFor, summaryTextsOf } from './summaryTexts';

/**
 * Bases that end, read back from the PDFs. A fictional ZAT in Zwolle on 10 December 2026 (all names
 * invented). No family has an involvement, so consent and conflict van plichten are the only bases:
 * - Gezin Bakker: the mother's consent for the school "geldig t/m 3 december" (ended before the
 *   meeting) and for the JGZ "t/m 10 december" (the meeting day itself);
 * - Gezin Jansen: the father's consent for school and JGZ, withdrawn before the meeting;
 * - Gezin de Vries: consent refused; a conflict van plichten for the wijkteam ended on 5 December,
 *   one for the JGZ ended on 12 December (after the meeting), one for the school "geldig t/m
 *   9 december";
 * - Gezin Mulder: Sem (8) and Lina (13). For the school the mother consents without end, Lina's own
 *   consent ran to 1 December: a case about both children is not covered, a case about Sem alone is.
 */
function seed(ctx: () => WriteContext, family: (name: string) => string) {
  const org = (name: string, type: OrganisationType, fn: OrganisationFunction) => saveOrganisation(ctx(), { name, type, function: fn, place: 'Zwolle', phone: '', email: '' }).id;
  const school = org('OBS De Boomgaard', 'school', 'signalerend');
  const jgz = org('JGZ IJsselland', 'jgz', 'beide');
  const wijkteam = org('Wijkteam Zwolle-Zuid', 'wijkteam', 'duidend');
  const pro = (organisationId: string, name: string) => saveProfessional(ctx(), { organisationId, name, role: '', phone: '', email: '', meetingTypes: [] }).id;
  const people = { ib: pro(school, 'Wendy Kok'), nurse: pro(jgz, 'Mirjam Veenstra'), coach: pro(wijkteam, 'Ruben Meijer') };
  const member = (familyId: string, role: 'kind' | 'ouder', givenName: string, familyName: string, birthDate: string) =>
    saveMember(ctx(), { familyId, role, givenName, familyName, birthDate, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' }).id;
  const consent = (familyId: string, personId: string, status: 'gegeven' | 'ingetrokken' | 'geweigerd', organisationIds: string[], date: string, validUntil: string | null = null) =>
    addConsent(ctx(), { familyId, personId, status, organisationIds, purpose: 'bespreken in het ZAT', date, validUntil });
  const decision = (familyId: string, organisationIds: string[], validUntil: string | null = null) =>
    addConflictOfDuties(ctx(), {
      familyId,
      organisationIds,
      decidedBy: 'Mirjam Veenstra, jeugdverpleegkundige en aandachtsfunctionaris',
      reasons: 'Signalen van verwaarlozing; de ouders weigeren elke hulp en het kind is niet veilig zonder ingrijpen.',
      date: '2026-11-20',
      validUntil,
    }).id;

  const bakker = family('Gezin Bakker');
  const noor = member(bakker, 'kind', 'Noor', 'Bakker', '2018-04-02');
  const fatima = member(bakker, 'ouder', 'Fatima', 'el Amrani', '1989-09-12');
  consent(bakker, fatima, 'gegeven', [school], '2026-11-01', '2026-12-03');
  consent(bakker, fatima, 'gegeven', [jgz], '2026-11-01', '2026-12-10');

  const jansen = family('Gezin Jansen');
  const tim = member(jansen, 'kind', 'Tim', 'Jansen', '2017-06-20');
  const peter = member(jansen, 'ouder', 'Peter', 'Jansen', '1984-02-03');
  consent(jansen, peter, 'gegeven', [school, jgz], '2026-11-01');
  consent(jansen, peter, 'ingetrokken', [], '2026-11-25');

  const devries = family('Gezin de Vries');
  const mila = member(devries, 'kind', 'Mila', 'de Vries', '2016-08-14');
  const joost = member(devries, 'ouder', 'Joost', 'de Vries', '1982-11-30');
  consent(devries, joost, 'geweigerd', [], '2026-11-15');
  const forWijkteam = decision(devries, [wijkteam]);
  const forJgz = decision(devries, [jgz]);
  decision(devries, [school], '2026-12-09');
  endConflictOfDuties(ctx(), { id: forWijkteam, endedOn: '2026-12-05', endedBy: 'Mirjam Veenstra, aandachtsfunctionaris', endReason: 'De ouders werken nu mee; er is weer toestemming nodig.' });
  endConflictOfDuties(ctx(), { id: forJgz, endedOn: '2026-12-12', endedBy: 'Mirjam Veenstra, aandachtsfunctionaris', endReason: 'Het veiligheidsplan loopt; na het overleg is delen zonder toestemming niet meer nodig.' });

  const mulder = family('Gezin Mulder');
  const sem = member(mulder, 'kind', 'Sem', 'Mulder', '2018-03-01');
  const lina = member(mulder, 'kind', 'Lina', 'Mulder', '2013-01-10');
  const ilse = member(mulder, 'ouder', 'Ilse', 'Mulder', '1983-05-05');
  consent(mulder, ilse, 'gegeven', [school], '2026-11-01');
  consent(mulder, lina, 'gegeven', [school], '2026-11-01', '2026-12-01');

  const meeting = (title: string) =>
    saveMeeting(ctx(), { type: 'zat', title, startsAt: '2026-12-10T09:00:00.000Z', location: 'Zwolle', schoolId: null, chairId: null, confidentiality: '' }).id;
  const zat = meeting('ZAT');
  const zatSem = meeting('ZAT, tweede ronde');
  for (const m of [zat, zatSem]) setParticipants(ctx(), m, Object.values(people).map((professionalId) => ({ professionalId, attendance: 'aanwezig' as const })));
  setAgenda(ctx(), zat, [
    { familyId: bakker, memberIds: [noor], anonymous: false },
    { familyId: jansen, memberIds: [tim], anonymous: false },
    { familyId: devries, memberIds: [mila], anonymous: false },
    { familyId: mulder, memberIds: [sem, lina], anonymous: false },
  ]);
  setAgenda(ctx(), zatSem, [{ familyId: mulder, memberIds: [sem], anonymous: false }]);
  for (const [familyId, name] of [[bakker, 'Bakker'], [jansen, 'Jansen'], [devries, 'de Vries'], [mulder, 'Mulder']] as const) {
    saveCase(ctx(), { meetingId: zat, familyId, minutes: `Notulen ${name}: afspraken gemaakt.` });
  }
  saveCase(ctx(), { meetingId: zatSem, familyId: mulder, minutes: 'Notulen Mulder: Sem alleen besproken.' });
  return { zat, zatSem, people };
}

type Who = 'ib' | 'nurse' | 'coach';
const RECIPIENTS: Who[] = ['ib', 'nurse', 'coach'];

const TABLE: { item: string; meeting: 'zat' | 'zatSem'; text: string; to: Who[] }[] = [
  { item: 'consent valid until a day before the meeting: the school no longer receives', meeting: 'zat', text: 'Notulen Bakker: afspraken gemaakt.', to: ['nurse'] },
  { item: 'consent valid until the meeting day: the JGZ receives', meeting: 'zat', text: 'Gezin Bakker', to: ['nurse'] },
  { item: 'consent withdrawn before the meeting: nobody receives', meeting: 'zat', text: 'Gezin Jansen', to: [] },
  { item: 'conflict van plichten ended before the meeting (wijkteam), valid until the day before (school), ended after (JGZ)', meeting: 'zat', text: 'Notulen de Vries: afspraken gemaakt.', to: ['nurse'] },
  { item: 'conflict van plichten ended after the meeting says its basis', meeting: 'zat', text: 'Grondslag voor deze samenvatting: conflict van plichten', to: ['nurse'] },
  { item: 'two children, one child’s consent expired: a case about both is not covered', meeting: 'zat', text: 'Notulen Mulder: afspraken gemaakt.', to: [] },
  { item: 'the same consents, a case about the younger child alone: covered', meeting: 'zatSem', text: 'Notulen Mulder: Sem alleen besproken.', to: ['ib'] },
];

describe('consent and conflict van plichten that end, read back from the generated PDFs', () => {
  const k = registerKit();
  const seeded = seed(k.ctx, k.family);
  const rendered = new Map<string, Promise<Record<Who, string>>>();
  const documents = (meeting: 'zat' | 'zatSem') => {
    const id = seeded[meeting];
    if (!rendered.has(id)) {
      rendered.set(id, summaryTextsOf(k.db, id, seeded.people, RECIPIENTS));
    }
    return rendered.get(id)!;
  };

  describe.each(TABLE)('$item', ({ meeting, text, to }) => {
    it.each(RECIPIENTS)('%s', async (who) => {
      expectOnlyFor(await documents(meeting), who, text, to);
    });
  });
});
