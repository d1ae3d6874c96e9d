import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { saveOrganisation } from '../../../../electron/core/register/directoryService';
import { loadDossier } from '../../../../electron/core/register/dossier';
import { removeMember, saveMember } from '../../../../electron/core/register/householdService';
import { removeInvolvement, saveInvolvement } from '../../../../electron/core/register/involvementService';
import { answerKindcheckByOthers } from '../../../../electron/core/register/kindcheckByOthersService';
import { registerKit } from './registerKit';

function setup() {
  const kit = registerKit();
  const familyId = kit.family('Gezin Bakker');
  const ggz = saveOrganisation(kit.ctx(), { name: 'GGZ Drenthe', type: 'ggz', function: 'duidend', place: 'Assen', phone: '', email: '' });
  const school = saveOrganisation(kit.ctx(), { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const person = { familyId, familyName: 'Bakker', schoolId: null, schoolGroup: '' };
  const mother = saveMember(kit.ctx(), { ...person, role: 'ouder', givenName: 'Marieke', birthDate: '1988-04-02', parentalAuthority: true });
  const noor = saveMember(kit.ctx(), { ...person, role: 'kind', givenName: 'Noor', birthDate: '2018-06-12', parentalAuthority: false });
  const involvement = (organisationId: string, memberId: string) =>
    saveInvolvement(kit.ctx(), {
      familyId,
      memberId,
      professionalId: null,
      organisationId,
      role: 'behandelaar',
      mandate: 'vrijwillig',
      since: '2026-09-01',
      lastContact: null,
      virRegistered: 'onbekend',
      virDate: null,
      virBy: '',
      legalBasis: 'toestemming',
      endedAt: null,
    });
  const ggzWithMother = involvement(ggz.id, mother.id);
  return { ...kit, familyId, ggz, school, mother, noor, ggzWithMother, involvement };
}

const known = { knowsChildren: 'ja', ownKindcheck: 'nee', establishedOn: '2026-11-27', establishedBy: 'Fatima Yilmaz, telefonisch bij de behandelaar', note: 'Kindcheck volgt bij het volgende gesprek.' } as const;

function codeOf(work: () => unknown): string {
  try {
    work();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.detail ?? ''}` : 'other';
  }
}

describe('Kindcheck by others', () => {
  it('starts unanswered, records an answer with an audit entry, and changes the same record on a second answer', () => {
    const k = setup();
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers).toEqual([]);
    const first = answerKindcheckByOthers(k.ctx(), { involvementId: k.ggzWithMother.id, ...known });
    const second = answerKindcheckByOthers(k.ctx(), { involvementId: k.ggzWithMother.id, ...known, ownKindcheck: 'ja' });
    expect(second.id).toBe(first.id);
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers).toEqual([{ ...second, familyId: k.familyId }]);
    expect(k.auditSummaries().slice(-2)).toEqual(['Kindcheck door andere organisatie toegevoegd (velden: familyId, involvementId, knowsChildren, ownKindcheck, establishedOn, establishedBy, note)', 'Kindcheck door andere organisatie gewijzigd (velden: ownKindcheck)']);
    expect(k.db.prepare("SELECT action FROM audit_log WHERE entity = 'involvement_kindcheck' ORDER BY seq").pluck().all()).toEqual(['involvement_kindcheck.create', 'involvement_kindcheck.update']);
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('refuses an involvement with a child or of a school, and an answer without its source, changing nothing', () => {
    const k = setup();
    const withChild = k.involvement(k.ggz.id, k.noor.id);
    const school = k.involvement(k.school.id, k.mother.id);
    const before = k.auditSummaries().length;
    expect(codeOf(() => answerKindcheckByOthers(k.ctx(), { involvementId: withChild.id, ...known }))).toMatch(/^invalid_request: Voor deze betrokkenheid wordt geen Kindcheck door anderen gevraagd/);
    expect(codeOf(() => answerKindcheckByOthers(k.ctx(), { involvementId: school.id, ...known }))).toMatch(/^invalid_request/);
    expect(codeOf(() => answerKindcheckByOthers(k.ctx(), { involvementId: k.ggzWithMother.id, ...known, establishedOn: null, establishedBy: '' }))).toBe(
      'invalid_request: Vul in op welke datum dit is vastgesteld. Vul in wie dit heeft vastgesteld (naam, en hoe: bijvoorbeeld telefonisch bij de organisatie nagevraagd).',
    );
    expect(codeOf(() => answerKindcheckByOthers(k.ctx(), { involvementId: k.ggzWithMother.id, ...known, establishedOn: '2027-01-05' }))).toMatch(/in de toekomst/);
    expect(k.auditSummaries().length).toBe(before);
    expect(k.db.prepare('SELECT count(*) FROM involvement_kindchecks').pluck().get()).toBe(0);
  });

  it('takes the answer along when the involvement or the parent is removed, and puts it back on undo', () => {
    const k = setup();
    answerKindcheckByOthers(k.ctx(), { involvementId: k.ggzWithMother.id, ...known });
    removeInvolvement(k.ctx(), k.ggzWithMother.id);
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers).toEqual([]);
    undoLast(k.ctx());
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers.map((a) => a.knowsChildren)).toEqual(['ja']);
    removeMember(k.ctx(), k.mother.id);
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers).toEqual([]);
    undoLast(k.ctx());
    expect(loadDossier(k.db, k.familyId).kindchecksByOthers.map((a) => a.involvementId)).toEqual([k.ggzWithMother.id]);
  });
});
