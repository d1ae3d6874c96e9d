import { describe, expect, it } from 'vitest';
import { addTrailEntry } from '../../../../electron/core/assessment/assessmentService';
import { followUp } from '../../../../electron/core/regie/followUp';
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
