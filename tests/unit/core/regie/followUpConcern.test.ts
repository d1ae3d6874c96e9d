import { describe, expect, it } from 'vitest';
import { addTrailEntry } from '../../../../electron/core/assessment/assessmentService';
import { followUp, followUpPage } from '../../../../electron/core/regie/followUp';
import { saveAction } from '../../../../electron/core/regie/regieActions';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { registerKit } from '../register/registerKit';
import { agreeTerm, assess, PROFESSIONAL, twoChildFamily } from '../assessment/twoChildFamily';

const NOW = new Date('2026-11-28T12:00:00.000Z');

function setup() {
  const kit = registerKit();
  const wijkteam = saveOrganisation(kit.ctx(), { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const worker = saveProfessional(kit.ctx(), { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '', email: '', meetingTypes: [] });
  // Daan acuut on 1 September with an afweging term of 1 November; his sister Sophie laag later, on 15 October.
  const hoekstra = twoChildFamily(kit.db, { acuteOn: '2026-09-01', lowOn: '2026-10-15', term: '2026-11-01' });
  const withChild = (familyName: string, givenName: string, level: 'laag' | 'hoog' | null, day = '2026-10-01') => {
    const familyId = kit.family(familyName);
    const child = saveMember(kit.ctx(), { familyId, role: 'kind', givenName, familyName: familyName.replace('Gezin ', ''), birthDate: '2016-05-05', parentalAuthority: false, schoolId: null, schoolGroup: '' });
    const assessmentId = level === null ? null : assess(kit.db, familyId, child.id, day, level);
    return { familyId, child, assessmentId };
  };
  const bakker = withChild('Gezin Bakker', 'Noor', 'laag');
  const veenstra = withChild('Gezin Veenstra', 'Fenna', null);
  const jansen = withChild('Gezin Jansen', 'Milan', 'hoog');
  const overdue = (familyId: string, dueDate: string, description: string) =>
    saveAction(kit.ctx(), {
      familyId,
      kind: 'actie',
      description,
      ownerProfessionalId: worker.id,
      ownerOrganisationId: wijkteam.id,
      dueDate,
      status: 'open',
      memberIds: [],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
  overdue(veenstra.familyId, '2026-10-01', 'Huisbezoek Veenstra');
  overdue(bakker.familyId, '2026-11-01', 'Gesprek met school Bakker');
  overdue(hoekstra.familyId, '2026-11-20', 'Veiligheidsplan Hoekstra bespreken');
  overdue(hoekstra.familyId, '2026-11-10', 'Huisbezoek Hoekstra');
  overdue(jansen.familyId, '2026-11-25', 'Overleg met de huisarts Jansen');
  return { ...kit, hoekstra, bakker, veenstra, jansen };
}

describe('Opvolging reads the family’s concern', () => {
  it('a family whose younger child was assessed later at laag still ranks as acuut, named with the older child', () => {
    const k = setup();
    const f = followUp(k.db, NOW);
    const row = f.overdueActions.find((r) => r.action.familyId === k.hoekstra.familyId)!;
    expect(row.concern).toEqual({ level: 'acuut', children: [{ childId: k.hoekstra.older.id, childName: 'Daan Hoekstra' }] });
    expect(f.overdueActions.find((r) => r.action.familyId === k.veenstra.familyId)!.concern).toEqual({ level: null, children: [] });
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('orders by concern first (acuut, hoog, verhoogd, laag, none), then by due date', () => {
    const k = setup();
    expect(followUp(k.db, NOW).overdueActions.map((r) => [r.familyName, r.concern.level, r.action.dueDate])).toEqual([
      ['Gezin Hoekstra', 'acuut', '2026-11-10'],
      ['Gezin Hoekstra', 'acuut', '2026-11-20'],
      ['Gezin Jansen', 'hoog', '2026-11-25'],
      ['Gezin Bakker', 'laag', '2026-11-01'],
      ['Gezin Veenstra', null, '2026-10-01'],
    ]);
  });

  it('lists the afweging term that has passed while question 5 is open, per family and child, with the professional', () => {
    const k = setup();
    // Milan's afweging agreed a term still to come: not listed.
    agreeTerm(k.db, k.jansen.assessmentId!, '2026-10-01', '2026-12-15');
    const f = followUp(k.db, NOW);
    expect(f.passedTerms).toEqual([
      {
        familyId: k.hoekstra.familyId,
        familyName: 'Gezin Hoekstra',
        concern: { level: 'acuut', children: [{ childId: k.hoekstra.older.id, childName: 'Daan Hoekstra' }] },
        childId: k.hoekstra.older.id,
        childName: 'Daan Hoekstra',
        professional: PROFESSIONAL.name,
        term: '2026-11-01',
      },
    ]);
    // On the day of the term itself it has not passed yet.
    expect(followUp(k.db, new Date('2026-11-01T12:00:00.000Z')).passedTerms).toEqual([]);
    const later = new Date('2026-12-16T12:00:00.000Z');
    expect(followUp(k.db, later).passedTerms.map((t) => [t.childName, t.term])).toEqual([
      ['Daan Hoekstra', '2026-11-01'],
      ['Milan Jansen', '2026-12-15'],
    ]);
    // Once question 5 is answered for Daan his term no longer waits.
    addTrailEntry(k.ctx(), k.hoekstra.older.assessmentId, {
      professional: PROFESSIONAL,
      question: 5,
      answer: 'ja',
      reasoning: 'De hulp loopt en Daan zegt dat het thuis rustig is',
      date: '2026-12-01',
      monitoring: 'JGZ ziet Daan elke maand',
      term: null,
      casemanager: '',
    });
    expect(followUp(k.db, later).passedTerms.map((t) => t.childName)).toEqual(['Milan Jansen']);
  });
});

describe('Opvolging per family, one page at a time', () => {
  const page = (offset: number, limit: number, order: 'concern' | 'due' | 'family' = 'concern', query = '') => ({ offset, limit, order, query });

  it('groups each family’s rows under one family, the highest concern first: every child counts, not the latest assessed', () => {
    const k = setup();
    agreeTerm(k.db, k.jansen.assessmentId!, '2026-10-01', '2026-11-15');
    const all = followUpPage(k.db, NOW, page(0, 20));
    // Hoekstra ranks acuut by Daan, though his sister Sophie was assessed later at laag.
    expect(all.families.map((f) => [f.familyName, f.concern.level, f.concern.children.map((c) => c.childName)])).toEqual([
      ['Gezin Hoekstra', 'acuut', ['Daan Hoekstra']],
      ['Gezin Jansen', 'hoog', ['Milan Jansen']],
      ['Gezin Bakker', 'laag', ['Noor Bakker']],
      ['Gezin Veenstra', null, []],
    ]);
    const hoekstra = all.families[0]!;
    expect(hoekstra.overdueActions.map((r) => r.action.description)).toEqual(['Huisbezoek Hoekstra', 'Veiligheidsplan Hoekstra bespreken']);
    expect(hoekstra.passedTerms.map((t) => t.childName)).toEqual(['Daan Hoekstra']);
    expect(all.families[1]!.passedTerms.map((t) => [t.childName, t.term])).toEqual([['Milan Jansen', '2026-11-15']]);
    expect(all.total).toBe(4);
    expect(all.totals).toMatchObject({ overdueActions: 5, passedTerms: 2 });
  });

  it('a second child assessed higher later lifts the whole family above a family at hoog', () => {
    const k = setup();
    const child = saveMember(k.ctx(), { familyId: k.bakker.familyId, role: 'kind', givenName: 'Sem', familyName: 'Bakker', birthDate: '2018-02-02', parentalAuthority: false, schoolId: null, schoolGroup: '' });
    assess(k.db, k.bakker.familyId, child.id, '2026-11-02', 'acuut');
    const families = followUpPage(k.db, NOW, page(0, 20)).families;
    expect(families.map((f) => [f.familyName, f.concern.level, f.concern.children.map((c) => c.childName)])).toEqual([
      ['Gezin Bakker', 'acuut', ['Sem Bakker']],
      ['Gezin Hoekstra', 'acuut', ['Daan Hoekstra']],
      ['Gezin Jansen', 'hoog', ['Milan Jansen']],
      ['Gezin Veenstra', null, []],
    ]);
  });

  it('pages through the same order with the totals over every family; a filter narrows both', () => {
    const k = setup();
    const first = followUpPage(k.db, NOW, page(0, 2));
    const second = followUpPage(k.db, NOW, page(2, 2));
    expect(first.families.map((f) => f.familyName)).toEqual(['Gezin Hoekstra', 'Gezin Jansen']);
    expect(second.families.map((f) => f.familyName)).toEqual(['Gezin Bakker', 'Gezin Veenstra']);
    expect([first.total, second.total, first.totals.overdueActions, second.totals.overdueActions]).toEqual([4, 4, 5, 5]);
    expect(followUpPage(k.db, NOW, page(4, 2)).families).toEqual([]);
    const filtered = followUpPage(k.db, NOW, page(0, 2, 'concern', 'hoek'));
    expect([filtered.total, filtered.totals.overdueActions, filtered.families[0]!.familyName]).toEqual([1, 2, 'Gezin Hoekstra']);
    // By due date the family with the oldest date comes first (Daan's passed term and Bakker's action
    // share 1 November: the higher concern first); by name alphabetically.
    expect(followUpPage(k.db, NOW, page(0, 4, 'due')).families.map((f) => f.familyName)).toEqual(['Gezin Veenstra', 'Gezin Hoekstra', 'Gezin Bakker', 'Gezin Jansen']);
    expect(followUpPage(k.db, NOW, page(0, 4, 'family')).families.map((f) => f.familyName)).toEqual(['Gezin Bakker', 'Gezin Hoekstra', 'Gezin Jansen', 'Gezin Veenstra']);
  });
});
