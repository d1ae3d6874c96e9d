import { describe, expect, it } from 'vitest';
import { saveMember, removeMember, updateFamily } from '../../../../electron/core/register/householdService';
import { saveInvolvement } from '../../../../electron/core/register/involvementService';
import { addConsent } from '../../../../electron/core/register/consentService';
import { importPartners, listDirectory, saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { loadDossier } from '../../../../electron/core/register/dossier';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import { getMeeting, listMeetings, saveMeeting, setAgenda, setParticipants } from '../../../../electron/core/register/meetingService';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { AppError } from '../../../../shared/contract/errors';
import { registerKit } from './registerKit';

const child = (familyId: string, givenName: string, birthDate: string, schoolId: string | null = null) => ({
  familyId,
  role: 'kind' as const,
  givenName,
  familyName: 'Hofstee',
  birthDate,
  parentalAuthority: false,
  schoolId,
  schoolGroup: schoolId ? 'groep 5' : '',
});

function setup() {
  const kit = registerKit();
  const school = saveOrganisation(kit.ctx(), { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const jgz = saveOrganisation(kit.ctx(), { name: 'JGZ Drenthe-Zuid', type: 'jgz', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const nurse = saveProfessional(kit.ctx(), { organisationId: jgz.id, name: 'Ilse Wiersma', role: 'jeugdverpleegkundige', phone: '', email: '', meetingTypes: ['een_twee_drie_tje'] });
  const familyId = kit.family('Gezin Hofstee');
  return { ...kit, school, jgz, nurse, familyId };
}

describe('household and register', () => {
  it('stores a family with two children and a parent, and the dossier shows them in household order', () => {
    const k = setup();
    saveMember(k.ctx(), child(k.familyId, 'Fenna', '2017-05-04', k.school.id));
    saveMember(k.ctx(), child(k.familyId, 'Ties', '2013-09-30', null));
    saveMember(k.ctx(), { ...child(k.familyId, 'Marieke', '1986-02-11'), role: 'ouder', parentalAuthority: true });
    const d = loadDossier(k.db, k.familyId);
    expect(d.members.map((m) => `${m.role}:${m.givenName}`)).toEqual(['ouder:Marieke', 'kind:Ties', 'kind:Fenna']);
    expect(d.members[0]?.parentalAuthority).toBe(true);
  });

  it('never grants parental authority to a child, whatever the screen sends', () => {
    const k = setup();
    const m = saveMember(k.ctx(), { ...child(k.familyId, 'Fenna', '2017-05-04'), parentalAuthority: true });
    expect(m.parentalAuthority).toBe(false);
  });

  it('records every change in the audit chain with the changed fields, and the chain verifies', () => {
    const k = setup();
    const m = saveMember(k.ctx(), child(k.familyId, 'Fenna', '2017-05-04'));
    saveMember(k.ctx(), { ...m, schoolGroup: 'groep 4' });
    const summaries = k.auditSummaries();
    expect(summaries.at(-1)).toBe('Gezinslid gewijzigd (velden: schoolGroup)');
    expect(summaries.join('\n')).not.toContain('groep 4');
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('refuses a school that is not a school, a member of another family and a professional of another organisation, changing nothing', () => {
    const k = setup();
    const before = k.auditSummaries().length;
    const otherFamily = k.family('Gezin Postma');
    const stranger = saveMember(k.ctx(), child(otherFamily, 'Sem', '2016-01-01'));
    const count = k.auditSummaries().length;
    const code = (f: () => unknown) => {
      try {
        f();
        return 'ok';
      } catch (e) {
        return e instanceof AppError ? e.code : 'other';
      }
    };
    expect(code(() => saveMember(k.ctx(), child(k.familyId, 'Fenna', '2017-05-04', k.jgz.id)))).toBe('invalid_request');
    const inv = {
      familyId: k.familyId,
      memberId: stranger.id,
      professionalId: null,
      organisationId: k.jgz.id,
      role: '',
      mandate: 'vrijwillig' as const,
      since: null,
      lastContact: null,
      virRegistered: 'onbekend' as const,
      virDate: null,
      virBy: '',
      legalBasis: 'toestemming' as const,
      endedAt: null,
    };
    expect(code(() => saveInvolvement(k.ctx(), inv))).toBe('invalid_request');
    const otherOrgPro = saveProfessional(k.ctx(), { organisationId: k.school.id, name: 'Bas Kok', role: 'ib', phone: '', email: '', meetingTypes: [] });
    expect(code(() => saveInvolvement(k.ctx(), { ...inv, memberId: null, professionalId: otherOrgPro.id }))).toBe('invalid_request');
    expect(k.auditSummaries().length).toBe(count + 1);
    expect(before).toBeLessThan(count);
  });

  it('stores hostile and unusual text verbatim', () => {
    const k = setup();
    const texts = ['<script>alert("x")</script>', '👩‍👧‍👦 Ünïcødé', 'מרים כהן', 'x'.repeat(100)];
    for (const t of texts) {
      const m = saveMember(k.ctx(), { ...child(k.familyId, t, '2017-05-04'), familyName: t });
      expect(loadDossier(k.db, k.familyId).members.find((x) => x.id === m.id)?.givenName).toBe(t);
    }
  });
});

describe('undo of the last change', () => {
  it('puts an edited member back as it was', () => {
    const k = setup();
    const m = saveMember(k.ctx(), child(k.familyId, 'Fenna', '2017-05-04'));
    saveMember(k.ctx(), { ...m, givenName: 'Femke' });
    expect(undoLast(k.ctx())).toBe('Gezinslid gewijzigd');
    expect(loadDossier(k.db, k.familyId).members[0]?.givenName).toBe('Fenna');
    expect(k.auditSummaries().at(-1)).toBe('Ongedaan gemaakt: Gezinslid gewijzigd');
  });

  it('brings back a removed member together with the consent records that went with it', () => {
    const k = setup();
    const m = saveMember(k.ctx(), { ...child(k.familyId, 'Marieke', '1986-02-11'), role: 'ouder', parentalAuthority: true });
    addConsent(k.ctx(), { familyId: k.familyId, personId: m.id, status: 'gegeven', organisationIds: [k.jgz.id], purpose: 'bespreking', date: '2026-11-01' });
    expect(removeMember(k.ctx(), m.id)).toBe(true);
    expect(loadDossier(k.db, k.familyId).consents).toHaveLength(0);
    undoLast(k.ctx());
    const d = loadDossier(k.db, k.familyId);
    expect(d.members.map((x) => x.givenName)).toEqual(['Marieke']);
    expect(d.consents.map((c) => c.status)).toEqual(['gegeven']);
  });

  it('says so in Dutch when later data depends on the change, and changes nothing', () => {
    const k = setup();
    const org = saveOrganisation(k.ctx(), { name: 'Buurtteam Assen-Noord', type: 'buurtteam', function: 'duidend', place: '', phone: '', email: '' });
    k.undo.clear();
    k.undo.push({
      description: 'Organisatie toegevoegd',
      familyId: null,
      revert: (c) => {
        c.db.prepare('DELETE FROM organisations WHERE id = ?').run(org.id);
      },
    });
    saveProfessional(k.ctx(), { organisationId: org.id, name: 'Roel Venema', role: '', phone: '', email: '', meetingTypes: [] });
    k.undo.pop();
    let detail = '';
    try {
      undoLast(k.ctx());
    } catch (e) {
      detail = e instanceof AppError ? (e.detail ?? '') : 'ander soort fout';
    }
    expect(detail).toMatch(/kan niet meer ongedaan worden gemaakt/);
    expect(listDirectory(k.db).organisations.some((o) => o.id === org.id)).toBe(true);
  });

  it('has nothing to undo after nothing happened', () => {
    const k = setup();
    k.undo.clear();
    expect(undoLast(k.ctx())).toBeNull();
  });
});

describe('consent records', () => {
  it('keeps a history and records who registered it', () => {
    const k = setup();
    const m = saveMember(k.ctx(), { ...child(k.familyId, 'Marieke', '1986-02-11'), role: 'ouder', parentalAuthority: true });
    addConsent(k.ctx(), { familyId: k.familyId, personId: m.id, status: 'gegeven', organisationIds: [], purpose: '', date: '2026-01-01' });
    addConsent(k.ctx(), { familyId: k.familyId, personId: m.id, status: 'ingetrokken', organisationIds: [], purpose: '', date: '2026-06-01' });
    const d = loadDossier(k.db, k.familyId);
    expect(d.consents.map((c) => c.status)).toEqual(['gegeven', 'ingetrokken']);
    expect(d.consents[0]?.recordedBy).toBe('Sanne de Wit — CBS De Wegwijzer (intern begeleider)');
  });
});

describe('partner directory import', () => {
  it('imports a sheet once: the same sheet again adds nothing', () => {
    const k = setup();
    const rows = [
      { organisatie: 'CJG Assen', type: 'cjg' as const, functie: 'duidend' as const, plaats: 'Assen', telefoon: '', email: '', contactpersoon: 'Nadia Tahiri', rol: 'CJG-medewerker', contact_telefoon: '', contact_email: '', overleggen: ['cjg_aanmeldoverleg' as const] },
      { organisatie: 'cjg assen', type: 'cjg' as const, functie: 'duidend' as const, plaats: 'Assen', telefoon: '', email: '', contactpersoon: 'Tim Bosma', rol: '', contact_telefoon: '', contact_email: '', overleggen: [] },
    ];
    expect(importPartners(k.ctx(), rows)).toEqual({ organisationsCreated: 1, professionalsCreated: 2 });
    expect(importPartners(k.ctx(), rows)).toEqual({ organisationsCreated: 0, professionalsCreated: 0 });
  });
});

describe('meetings', () => {
  it('plans a 1-2-3-tje with three participants and both children on the agenda', () => {
    const k = setup();
    const a = saveMember(k.ctx(), child(k.familyId, 'Fenna', '2017-05-04', k.school.id));
    const b = saveMember(k.ctx(), child(k.familyId, 'Ties', '2015-09-30', k.school.id));
    const ib = saveProfessional(k.ctx(), { organisationId: k.school.id, name: 'Marieke Bos', role: 'intern begeleider', phone: '', email: '', meetingTypes: [] });
    const amw = saveProfessional(k.ctx(), { organisationId: k.jgz.id, name: 'Joost Lubbers', role: 'jeugdarts', phone: '', email: '', meetingTypes: [] });
    const meeting = saveMeeting(k.ctx(), { type: 'een_twee_drie_tje', title: '', startsAt: '2026-12-03T13:30:00.000+01:00', location: 'OBS De Regenboog', schoolId: k.school.id, chairId: ib.id, confidentiality: 'Vertrouwelijk.' });
    setParticipants(k.ctx(), meeting.id, [ib, amw, k.nurse].map((p) => ({ professionalId: p.id, attendance: 'uitgenodigd' as const })));
    const detail = setAgenda(k.ctx(), meeting.id, [{ familyId: k.familyId, memberIds: [a.id, b.id], anonymous: false }]);
    expect(detail.participants).toHaveLength(3);
    expect(detail.agenda[0]?.memberIds).toEqual([a.id, b.id]);
    expect(listMeetings(k.db, null, null)[0]).toMatchObject({ participantCount: 3, caseCount: 1 });
    expect(loadDossier(k.db, k.familyId).meetings.map((m) => m.id)).toEqual([meeting.id]);
  });

  it('refuses a child of another family on the agenda and leaves the agenda as it was', () => {
    const k = setup();
    const other = k.family('Gezin Postma');
    const stranger = saveMember(k.ctx(), child(other, 'Sem', '2016-01-01'));
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: '', startsAt: '2026-12-03T13:30:00.000+01:00', location: '', schoolId: null, chairId: null, confidentiality: '' });
    expect(() => setAgenda(k.ctx(), meeting.id, [{ familyId: k.familyId, memberIds: [stranger.id], anonymous: false }])).toThrow(AppError);
    expect(getMeeting(k.db, meeting.id).agenda).toEqual([]);
  });

  it('undoes an agenda change', () => {
    const k = setup();
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: '', startsAt: '2026-12-03T13:30:00.000+01:00', location: '', schoolId: null, chairId: null, confidentiality: '' });
    setAgenda(k.ctx(), meeting.id, [{ familyId: k.familyId, memberIds: [], anonymous: true }]);
    setAgenda(k.ctx(), meeting.id, []);
    undoLast(k.ctx());
    expect(getMeeting(k.db, meeting.id).agenda.map((a) => a.anonymous)).toEqual([true]);
  });

  it('updates the family name and anonymity', () => {
    const k = setup();
    const f = updateFamily(k.ctx(), { id: k.familyId, anonymous: true });
    expect(f).toMatchObject({ displayName: 'Gezin Hofstee', anonymous: true });
  });
});
