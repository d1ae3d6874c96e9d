import { describe, expect, it } from 'vitest';
import { meetingBasisEndings } from '../../../../electron/core/register/basisEndingsOfFamily';
import { addConflictOfDuties, endConflictOfDuties } from '../../../../electron/core/register/conflictOfDutiesService';
import { addConsent } from '../../../../electron/core/register/consentService';
import { saveOrganisation } from '../../../../electron/core/register/directoryService';
import { loadDossier } from '../../../../electron/core/register/dossier';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting, setAgenda } from '../../../../electron/core/register/meetingService';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { AppError } from '../../../../shared/contract/errors';
import { registerChannels } from '../../../../shared/contract/registerChannels';
import { registerKit } from './registerKit';

function setup() {
  const kit = registerKit();
  const school = saveOrganisation(kit.ctx(), { name: 'OBS De Esch', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' }).id;
  const wijkteam = saveOrganisation(kit.ctx(), { name: 'Wijkteam Noord', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' }).id;
  const familyId = kit.family('Gezin el Amrani');
  const child = saveMember(kit.ctx(), { familyId, role: 'kind', givenName: 'Yasmin', familyName: 'el Amrani', birthDate: '2019-02-02', parentalAuthority: false, schoolId: null, schoolGroup: '' }).id;
  const mother = saveMember(kit.ctx(), { familyId, role: 'ouder', givenName: 'Fatima', familyName: 'el Amrani', birthDate: '1990-10-10', parentalAuthority: true, schoolId: null, schoolGroup: '' }).id;
  const decision = (validUntil: string | null = null) =>
    addConflictOfDuties(kit.ctx(), {
      familyId,
      organisationIds: [wijkteam],
      decidedBy: 'Karin Hoving, aandachtsfunctionaris',
      reasons: 'Yasmin vertelde over geweld thuis; moeder wil geen hulp. Zonder het wijkteam blijft zij onbeschermd.',
      date: '2026-11-20',
      validUntil,
    });
  const count = (table: string) => (kit.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ...kit, school, wijkteam, familyId, child, mother, decision, count };
}

const detail = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.detail;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('consent and conflict van plichten with an end: refusals', () => {
  it('refuses a consent that ends before it was given, or a refusal with an end date, and writes nothing', () => {
    const k = setup();
    const before = k.count('consents');
    expect(
      detail(() => addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'gegeven', organisationIds: [k.school], purpose: '', date: '2026-11-20', validUntil: '2026-11-19' })),
    ).toBe('De toestemming kan niet eindigen vóór de dag waarop ze is gegeven. Er is niets vastgelegd.');
    expect(detail(() => addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'geweigerd', organisationIds: [], purpose: '', date: '2026-11-20', validUntil: '2026-12-20' }))).toMatch(
      /Alleen een gegeven toestemming heeft een einddatum/,
    );
    expect(k.count('consents')).toBe(before);
  });

  it('refuses a decision that ends before it was taken, an end before it was taken, and a second end', () => {
    const k = setup();
    expect(() => k.decision('2026-11-19')).toThrow(AppError);
    expect(k.count('conflicts_of_duties')).toBe(0);
    const d = k.decision();
    expect(detail(() => endConflictOfDuties(k.ctx(), { id: d.id, endedOn: '2026-11-19', endedBy: 'Karin Hoving', endReason: 'Moeder geeft nu toestemming.' }))).toMatch(/niet eindigen vóór/);
    endConflictOfDuties(k.ctx(), { id: d.id, endedOn: '2026-12-01', endedBy: 'Karin Hoving, aandachtsfunctionaris', endReason: 'Moeder geeft nu zelf toestemming.' });
    expect(detail(() => endConflictOfDuties(k.ctx(), { id: d.id, endedOn: '2026-12-02', endedBy: 'Karin Hoving', endReason: 'Nogmaals beëindigd.' }))).toMatch(/al beëindigd op 2026-12-01/);
    expect(loadDossier(k.db, k.familyId, '2026-12-10').conflictsOfDuties.map((c) => c.endedOn)).toEqual(['2026-12-01']);
  });

  it('says in Dutch at the edge what is wrong with an end without who or why, or with a day that does not exist', () => {
    const parsed = registerChannels['register:endConflictOfDuties'].request.safeParse({ id: crypto.randomUUID(), endedOn: '2026-02-30', endedBy: 'K', endReason: 'kort' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).sort()).toEqual([
      'geen bestaande datum (jjjj-mm-dd)',
      'noem wie besloot dit te beëindigen (naam en functie)',
      'zeg in een zin waarom delen zonder toestemming niet meer nodig is',
    ]);
    expect(registerChannels['register:addConsent'].request.parse({ familyId: crypto.randomUUID(), personId: crypto.randomUUID(), status: 'gegeven', organisationIds: [], purpose: '', date: '2026-11-20' }).validUntil).toBeNull();
  });

  it('ends a decision as an audited write that names who and why, keeps the decision, and can be undone', () => {
    const k = setup();
    const d = k.decision();
    endConflictOfDuties(k.ctx(), { id: d.id, endedOn: '2026-12-01', endedBy: 'Karin Hoving, aandachtsfunctionaris', endReason: 'Moeder geeft nu zelf toestemming.' });
    expect(k.auditSummaries().at(-1)).toBe('Conflict van plichten beëindigd per 2026-12-01 door Karin Hoving, aandachtsfunctionaris: Moeder geeft nu zelf toestemming.');
    expect((k.db.prepare("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").get() as { action: string }).action).toBe('conflict_of_duties.end');
    expect(k.count('conflicts_of_duties')).toBe(1);
    expect(undoLast(k.ctx())).toBe('Conflict van plichten beëindigd');
    expect(loadDossier(k.db, k.familyId, '2026-12-10').conflictsOfDuties[0]).toMatchObject({ endedOn: null, endedBy: '', endReason: '' });
  });
});

describe('bases that run out before the next meeting', () => {
  it('names whose consent, for which organisations and its last day, before the next meeting the family is on', () => {
    const k = setup();
    addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'gegeven', organisationIds: [k.wijkteam], purpose: '', date: '2026-11-01', validUntil: '2027-07-01' });
    addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'gegeven', organisationIds: [k.school], purpose: '', date: '2026-11-01', validUntil: '2027-07-08' });
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: '', startsAt: '2027-07-08T08:00:00.000Z', location: '', schoolId: null, chairId: null, confidentiality: '' }).id;
    setAgenda(k.ctx(), meeting, [{ familyId: k.familyId, memberIds: [k.child], anonymous: false }]);
    const expected = {
      before: '2027-07-08',
      beforeMeeting: true,
      endings: [{ kind: 'toestemming', consentId: expect.any(String), personName: 'Fatima el Amrani', organisationIds: [k.wijkteam], lastValidDay: '2027-07-01' }],
    };
    expect(loadDossier(k.db, k.familyId, '2027-06-20').basisEndings).toEqual(expected);
    expect(meetingBasisEndings(k.db, meeting, '2027-06-20')).toEqual([{ familyId: k.familyId, endings: expected }]);
    // Once it has ended it no longer gives a basis, so it is no longer "running out": the consent card says it is missing.
    expect(loadDossier(k.db, k.familyId, '2027-07-02').basisEndings.endings).toEqual([]);
  });

  it('without a planned meeting looks four weeks ahead, and warns for a decision that is ended or runs out in that time', () => {
    const k = setup();
    const ended = k.decision();
    endConflictOfDuties(k.ctx(), { id: ended.id, endedOn: '2026-12-20', endedBy: 'Karin Hoving, aandachtsfunctionaris', endReason: 'Het veiligheidsplan werkt; weer toestemming vragen.' });
    const runsOut = k.decision('2027-03-01');
    const d = loadDossier(k.db, k.familyId, '2026-12-01').basisEndings;
    expect(d).toEqual({
      before: '2026-12-29',
      beforeMeeting: false,
      endings: [{ kind: 'conflict_van_plichten', decisionId: ended.id, organisationIds: [k.wijkteam], lastValidDay: '2026-12-19' }],
    });
    expect(loadDossier(k.db, k.familyId, '2027-02-10').basisEndings.endings).toEqual([
      { kind: 'conflict_van_plichten', decisionId: runsOut.id, organisationIds: [k.wijkteam], lastValidDay: '2027-03-01' },
    ]);
  });

  it('does not warn about a consent a later record replaced', () => {
    const k = setup();
    addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'gegeven', organisationIds: [k.school], purpose: '', date: '2026-11-01', validUntil: '2026-12-15' });
    addConsent(k.ctx(), { familyId: k.familyId, personId: k.mother, status: 'gegeven', organisationIds: [k.school], purpose: 'verlengd', date: '2026-12-01', validUntil: null });
    expect(loadDossier(k.db, k.familyId, '2026-12-02').basisEndings.endings).toEqual([]);
  });
});
