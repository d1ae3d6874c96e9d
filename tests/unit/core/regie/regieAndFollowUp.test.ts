import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { closeCase, gateOf, reopenCase, saveClosure } from '../../../../electron/core/regie/caseClosure';
import { addEscalation } from '../../../../electron/core/regie/escalation';
import { saveAnswer, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { followUp, regieOverview } from '../../../../electron/core/regie/followUp';
import { reviewAction, saveAction, signalDiscussed } from '../../../../electron/core/regie/regieActions';
import { decideRegie, listDecisions, regieChangesOfFamily, updateDecision } from '../../../../electron/core/regie/regieDecisions';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting, setAgenda } from '../../../../electron/core/register/meetingService';
import { undoLast } from '../../../../electron/core/recordStore/recordTable';
import type { NewRegieDecisionInput } from '../../../../shared/contract/regieChannels';
import { AppError } from '../../../../shared/contract/errors';
import { registerKit } from '../register/registerKit';
import { readRecords } from '../../../../electron/core/recordStore/recordTable';
import { involvementTable } from '../../../../electron/core/register/registerTables';
import type { ReadableDb } from '../../../../electron/core/vault/connection';

const listInvolvements = (db: ReadableDb, familyId: string) => readRecords(db, involvementTable, 'family_id = ?', [familyId], 'rowid');

function setup() {
  const kit = registerKit();
  const school = saveOrganisation(kit.ctx(), { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const wijkteam = saveOrganisation(kit.ctx(), { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const jgz = saveOrganisation(kit.ctx(), { name: 'JGZ Drenthe', type: 'jgz', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const worker = saveProfessional(kit.ctx(), { organisationId: wijkteam.id, name: 'Roel Venema', role: 'gezinscoach', phone: '', email: '', meetingTypes: [] });
  const nurse = saveProfessional(kit.ctx(), { organisationId: jgz.id, name: 'Ilse Wiersma', role: 'jeugdverpleegkundige', phone: '', email: '', meetingTypes: [] });
  const familyId = kit.family('Gezin Bakker');
  const child = saveMember(kit.ctx(), { familyId, role: 'kind', givenName: 'Noor', familyName: 'Bakker', birthDate: '2017-03-01', parentalAuthority: false, schoolId: school.id, schoolGroup: 'groep 6' });
  return { ...kit, school, wijkteam, jgz, worker, nurse, familyId, child };
}

type Kit = ReturnType<typeof setup>;
const regisseur = (k: Kit, since: string): NewRegieDecisionInput => ({
  familyId: k.familyId,
  kind: 'regisseur',
  professionalId: k.worker.id,
  organisationId: k.wijkteam.id,
  contact: '06-12345678',
  mandate: 'drang',
  doorzettingsmacht: true,
  since,
  judgement: '',
  reasons: '',
  meetingId: null,
  // The wijkteam is not yet involved with the family: its involvement comes with the appointment.
  involvementBasis: 'noodzakelijk_betrokkenen',
});
const action = (k: Kit, over: Partial<Parameters<typeof saveAction>[1]> = {}) =>
  saveAction(k.ctx(), {
    familyId: k.familyId,
    kind: 'actie',
    description: 'Huisbezoek samen met de school',
    ownerProfessionalId: k.worker.id,
    ownerOrganisationId: k.wijkteam.id,
    dueDate: '2026-12-04',
    status: 'open',
    memberIds: [k.child.id],
    meetingId: null,
    signallerOrganisationId: null,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
    ...over,
  });

/** The structured contact the gate asks for: seen and spoken by a named professional, what was seen, what keeps the child safe. */
const seen = (memberId: string, date: string) => ({
  memberId,
  date,
  seenBy: 'Ilse Wiersma (JGZ Drenthe)',
  observation: 'Speelt ontspannen, vertelt zelf over school en thuis.',
  keepsSafe: 'Vader woont tijdelijk elders; oma haalt op uit school.',
});

const refusal = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.detail ?? error.message;
    throw error;
  }
  throw new Error('geen weigering');
};

describe('regie: one regisseur per family', () => {
  it('a new decision ends the active one on its start day; undo restores the previous regisseur', () => {
    const k = setup();
    decideRegie(k.ctx(), regisseur(k, '2026-10-01'));
    const eigen = decideRegie(k.ctx(), {
      ...regisseur(k, '2026-11-20'),
      kind: 'eigen_regie',
      judgement: 'Ouders voeren samen met oma de regie over het plan',
      reasons: 'Sterk netwerk, afspraken worden nagekomen',
    });
    expect(eigen.professionalId).toBeNull();
    const history = listDecisions(k.db, k.familyId);
    expect(history.map((d) => [d.kind, d.endedOn])).toEqual([
      ['regisseur', '2026-11-20'],
      ['eigen_regie', null],
    ]);
    expect(regieChangesOfFamily(k.db, k.familyId).map((c) => [c.from?.kind ?? null, c.to.kind, c.date])).toEqual([
      [null, 'regisseur', '2026-10-01'],
      ['regisseur', 'eigen_regie', '2026-11-20'],
    ]);
    expect(undoLast(k.ctx())).toBe('Regiebesluit vastgelegd');
    expect(listDecisions(k.db, k.familyId).map((d) => [d.kind, d.endedOn])).toEqual([['regisseur', null]]);
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('refuses eigen regie without judgement and reasons, and a regisseur without mandate, writing nothing', () => {
    const k = setup();
    expect(refusal(() => decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), kind: 'eigen_regie' }))).toMatch(/oordeel.*redenen/);
    expect(refusal(() => decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), mandate: null }))).toMatch(/mandaat/);
    expect(listDecisions(k.db, k.familyId)).toEqual([]);
  });

  it('a regisseur of an organisation not involved yet brings its involvement and basis in the same write; undo takes both back', () => {
    const k = setup();
    const decision = decideRegie(k.ctx(), regisseur(k, '2026-11-01'));
    const involvements = listInvolvements(k.db, k.familyId);
    expect(involvements.map((i) => [i.organisationId, i.professionalId, i.legalBasis, i.since, i.role, i.mandate])).toEqual([
      [k.wijkteam.id, k.worker.id, 'noodzakelijk_betrokkenen', '2026-11-01', 'regisseur', 'drang'],
    ]);
    const actions = (k.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['involvement.create', 'regie_decision.create']);
    expect(decision.organisationId).toBe(k.wijkteam.id);
    undoLast(k.ctx());
    expect(listDecisions(k.db, k.familyId)).toEqual([]);
    expect(listInvolvements(k.db, k.familyId)).toEqual([]);
  });

  it('refuses a regisseur whose organisation could not receive the family, and writes nothing', () => {
    const k = setup();
    // Not involved and no basis named: the wijkteam would have nothing to work from.
    expect(refusal(() => decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), involvementBasis: null }))).toMatch(/Wijkteam Emmen-Oost.*niet betrokken.*Andere organisatie/);
    // A school's involvement on need-to-know gives it nothing: a school carries out no help.
    const ib = saveProfessional(k.ctx(), { organisationId: k.school.id, name: 'Anouk de Vries', role: 'intern begeleider', phone: '', email: '', meetingTypes: [] });
    expect(refusal(() => decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), professionalId: ib.id, organisationId: k.school.id }))).toMatch(/OBS De Regenboog.*geen hulp uit.*toestemming/);
    // An involvement on consent counts only with the consent.
    expect(refusal(() => decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), involvementBasis: 'toestemming' }))).toMatch(/rust op toestemming/);
    expect(listDecisions(k.db, k.familyId)).toEqual([]);
    expect(listInvolvements(k.db, k.familyId)).toEqual([]);
  });

  it('the vault itself refuses a second active decision', () => {
    const k = setup();
    decideRegie(k.ctx(), regisseur(k, '2026-11-01'));
    expect(() => k.db.prepare("UPDATE regie_decisions SET ended_on = NULL").run()).not.toThrow();
    const t = new Date().toISOString();
    expect(() =>
      k.db
        .prepare(
          `INSERT INTO regie_decisions (id, family_id, kind, since, judgement, reasons, recorded_by, recorded_at, created_at, updated_at, created_by, updated_by)
           VALUES ('x', ?, 'eigen_regie', '2026-11-02', 'j', 'r', 'x', ?, ?, ?, 'x', 'x')`,
        )
        .run(k.familyId, t, t, t),
    ).toThrow(/UNIQUE/);
  });

  it('keeps the warme-overdracht checklist on the decision', () => {
    const k = setup();
    const d = decideRegie(k.ctx(), regisseur(k, '2026-11-01'));
    const u = updateDecision(k.ctx(), { id: d.id, handoverMetFamily: true, handoverPreviousStaysInvolved: true });
    expect([u.handoverMetFamily, u.handoverResponsibilitiesAgreed, u.handoverPreviousStaysInvolved]).toEqual([true, false, true]);
  });

  it('flags a family discussed in a meeting without a regie decision until one is recorded', () => {
    const k = setup();
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: 'ZAT november', startsAt: '2026-11-27T13:00:00.000Z', location: '', schoolId: null, chairId: null, confidentiality: '' });
    setAgenda(k.ctx(), meeting.id, [{ familyId: k.familyId, memberIds: [], anonymous: false }]);
    const now = new Date('2026-11-28T12:00:00.000Z');
    expect(regieOverview(k.db, k.familyId, now).discussedWithoutRegie).toBe(true);
    expect(followUp(k.db, now).familiesWithoutRegie.map((f) => f.familyName)).toEqual(['Gezin Bakker']);
    decideRegie(k.ctx(), regisseur(k, '2026-11-28'));
    expect(regieOverview(k.db, k.familyId, now).discussedWithoutRegie).toBe(false);
    expect(followUp(k.db, now).familiesWithoutRegie).toEqual([]);
  });
});

describe('actions and terugkoppeling', () => {
  it('an action needs an owner and a due date; done ones get the day they were done', () => {
    const k = setup();
    expect(refusal(() => action(k, { ownerProfessionalId: null, ownerOrganisationId: null, dueDate: null }))).toMatch(/eigenaar.*uiterste datum/);
    const a = action(k);
    expect(a.status).toBe('open');
    const done = saveAction(k.ctx(), { ...a, status: 'gedaan' });
    expect(done.doneOn).toBe('2026-11-28');
    expect(saveAction(k.ctx(), { ...done, status: 'open' }).doneOn).toBeNull();
  });

  it('a discussed signal creates "signaalgever informeren" due in five working days, shown until done and as overdue after', () => {
    const k = setup();
    // registerKit's clock is Saturday 28 November 2026: five working days on is Friday 4 December.
    const a = signalDiscussed(k.ctx(), { familyId: k.familyId, signallerOrganisationId: k.school.id, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id, dueDate: null, meetingId: null });
    expect([a.kind, a.description, a.dueDate]).toEqual(['terugkoppeling', 'Signaalgever informeren: OBS De Regenboog', '2026-12-04']);
    const before = followUp(k.db, new Date('2026-12-04T12:00:00.000Z'));
    expect(before.signallersNotInformed.map((x) => x.action.id)).toEqual([a.id]);
    expect(before.overdueActions).toEqual([]);
    const after = followUp(k.db, new Date('2026-12-07T12:00:00.000Z'));
    expect(after.overdueActions.map((x) => [x.familyName, x.daysOverdue])).toEqual([['Gezin Bakker', 3]]);
    saveAction(k.ctx(), { ...a, status: 'gedaan' });
    expect(followUp(k.db, new Date('2026-12-07T12:00:00.000Z')).signallersNotInformed).toEqual([]);
  });

  it('a Verwijsindex reminder is only done once parents/youngster are informed', () => {
    const k = setup();
    const vir = action(k, { kind: 'verwijsindex', description: 'Registreren in de Verwijsindex' });
    expect(refusal(() => saveAction(k.ctx(), { ...vir, status: 'gedaan' }))).toMatch(/geïnformeerd/);
    expect(saveAction(k.ctx(), { ...vir, informed: true, status: 'gedaan' }).status).toBe('gedaan');
  });

  it('a Verwijsindex registration with informing postponed keeps the day and the reason; half a postponement changes nothing', () => {
    const k = setup();
    const vir = action(k, { kind: 'verwijsindex', description: 'Registreren in de Verwijsindex' });
    expect(refusal(() => saveAction(k.ctx(), { ...vir, status: 'gedaan', informingPostponedUntil: '2027-01-15' }))).toMatch(/datum én een reden/);
    expect(k.db.prepare('SELECT status, informing_postponed_until FROM regie_actions WHERE id = ?').get(vir.id)).toEqual({ status: 'open', informing_postponed_until: null });
    const saved = saveAction(k.ctx(), { ...vir, status: 'gedaan', informingPostponedUntil: '2027-01-15', informingPostponedReason: 'Informeren brengt moeder nu in gevaar' });
    expect([saved.status, saved.informingPostponedUntil, saved.informingPostponedReason]).toEqual(['gedaan', '2027-01-15', 'Informeren brengt moeder nu in gevaar']);
  });

  it('records why an open action is still open at the next meeting, and withdraws it again', () => {
    const k = setup();
    const a = action(k);
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: '', startsAt: '2026-12-10T13:00:00.000Z', location: '', schoolId: null, chairId: null, confidentiality: '' });
    reviewAction(k.ctx(), { actionId: a.id, meetingId: meeting.id, reason: 'wacht_op_ander', note: 'wachtlijst GGZ' });
    expect(regieOverview(k.db, k.familyId, new Date()).reviews).toEqual([{ actionId: a.id, meetingId: meeting.id, reason: 'wacht_op_ander', note: 'wachtlijst GGZ' }]);
    reviewAction(k.ctx(), { actionId: a.id, meetingId: meeting.id, reason: 'niet_gedaan', note: '' });
    expect(regieOverview(k.db, k.familyId, new Date()).reviews.map((r) => r.reason)).toEqual(['niet_gedaan']);
    undoLast(k.ctx());
    expect(regieOverview(k.db, k.familyId, new Date()).reviews.map((r) => r.reason)).toEqual(['wacht_op_ander']);
  });
});

describe('escalation and the closure gate', () => {
  it('records an escalation step with date, trigger, who decided and why', () => {
    const k = setup();
    const s = addEscalation(k.ctx(), { familyId: k.familyId, step: 'drang', date: '2026-11-27', trigger: 'Ouders komen afspraken niet na', decidedBy: 'Roel Venema', reasons: 'Vrijwillige hulp is niet van de grond gekomen' });
    expect(regieOverview(k.db, k.familyId, new Date()).steps.map((x) => x.id)).toEqual([s.id]);
  });

  it('refuses to close until judgement, child seen and owned monitoring are there, saying exactly what is missing', () => {
    const k = setup();
    const detail = refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'));
    expect(detail).toContain('een oordeel dat het kind veilig is');
    expect(detail).toContain('de datum waarop Noor Bakker is gezien en gesproken');
    expect(detail).toContain('monitoring');
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Noor is veilig thuis', safetyJudgementDate: '2026-11-27' });
    saveClosure(k.ctx(), { familyId: k.familyId, childSeen: { memberId: k.child.id, date: '2026-11-26' } });
    expect(gateOf(k.db, k.familyId, new Date('2026-11-28T12:00:00Z')).missing.map((m) => m.code)).toEqual(['child_seen_by', 'child_seen_observation', 'child_keeps_safe', 'monitoring']);
    // Each field is saved on its own (autosave): the day stays when the rest is filled in.
    const { date: _day, ...rest } = seen(k.child.id, '2026-11-26');
    saveClosure(k.ctx(), { familyId: k.familyId, childSeen: rest });
    expect(gateOf(k.db, k.familyId, new Date('2026-11-28T12:00:00Z')).missing).toEqual([{ code: 'monitoring' }]);
    action(k, { kind: 'monitoring', description: 'JGZ ziet Noor bij het volgende consult', dueDate: null, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id });
    const closed = closeCase(k.ctx(), k.familyId, 'afgeschaald');
    expect([closed.status, closed.closedOn]).toEqual(['afgeschaald', '2026-11-28']);
    expect(reopenCase(k.ctx(), k.familyId).status).toBe('open');
  });

  it('refuses to close a family whose latest risk assessment says acuut and points to reporting with no report on record, and names why', () => {
    const k = setup();
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Noor is veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-26') });
    action(k, { kind: 'monitoring', description: 'JGZ ziet Noor bij het volgende consult', dueDate: null, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id });
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.child.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-11-25', note: '', owner: '' });
    const detail = refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'));
    expect(detail).toContain('een nieuwe risicotaxatie van Noor Bakker: de laatste zegt nog zorg acuut');
    expect(detail).toContain('een besluit over melden bij Veilig Thuis voor Noor Bakker');
    const overview = regieOverview(k.db, k.familyId, new Date('2026-11-28T12:00:00Z'));
    expect([overview.concern.level, overview.concern.highest.map((c) => c.childName)]).toEqual(['acuut', ['Noor Bakker']]);
    expect(overview.gate.missing.map((m) => m.code)).toEqual(expect.arrayContaining(['reporting_open', 'risk_level']));
  });

  it('a report from before the assessment does not settle its reporting decision; one made after it does', () => {
    const k = setup();
    addEscalation(k.ctx(), { familyId: k.familyId, step: 'veilig_thuis_melding', date: '2025-02-10', trigger: 'Eerdere zorgen', decidedBy: 'Roel Venema', reasons: 'Melding in 2025' });
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.child.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-11-25', note: '', owner: '' });
    const open = () => gateOf(k.db, k.familyId, new Date('2026-11-28T12:00:00Z')).missing.some((m) => m.code === 'reporting_open');
    expect(open()).toBe(true);
    addEscalation(k.ctx(), { familyId: k.familyId, step: 'veilig_thuis_melding', date: '2026-11-28', trigger: 'Acute onveiligheid', decidedBy: 'Roel Venema', reasons: 'Melden is de norm' });
    expect(open()).toBe(false);
  });

  it('refuses to close while open actions are not carried over with a reason or terugkoppeling is owed, and keeps the reason when the action is edited', () => {
    const k = setup();
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Noor is veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-26') });
    action(k, { kind: 'monitoring', description: 'JGZ volgt', dueDate: null });
    const open = action(k, { description: 'Aanmelden bij de schuldhulp' });
    const feedback = signalDiscussed(k.ctx(), { familyId: k.familyId, signallerOrganisationId: k.school.id, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id, dueDate: null, meetingId: null });
    const detail = refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'));
    expect(detail).toContain('de open actie "Aanmelden bij de schuldhulp"');
    expect(detail).toContain('terugkoppeling aan de melder');
    saveAction(k.ctx(), { ...open, carryOverReason: 'Het wijkteam rondt de aanmelding af na het afsluiten.' });
    // A form that does not show the reason (it sends none) leaves it as it was.
    const { carryOverReason: _reason, ...withoutReason } = open;
    saveAction(k.ctx(), { ...withoutReason, dueDate: '2026-12-11' });
    expect(gateOf(k.db, k.familyId, new Date('2026-11-28T12:00:00Z')).missing.map((m) => m.code)).toEqual(['feedback_open']);
    saveAction(k.ctx(), { ...feedback, status: 'gedaan' });
    expect(closeCase(k.ctx(), k.familyId, 'gesloten').status).toBe('gesloten');
  });

  it('a younger child assessed laag after the older one at acuut does not open the gate; it names the older child', () => {
    const k = setup();
    const younger = saveMember(k.ctx(), { familyId: k.familyId, role: 'kind', givenName: 'Fenna', familyName: 'Bakker', birthDate: '2021-05-01', parentalAuthority: false, schoolId: null, schoolGroup: '' });
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Beide kinderen zijn veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-26') });
    saveClosure(k.ctx(), { familyId: k.familyId, childSeen: seen(younger.id, '2026-11-26') });
    action(k, { kind: 'monitoring', description: 'JGZ volgt', dueDate: null });
    const older = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.child.id, instrumentId: null, meetingId: null }).assessment;
    saveAnswer(k.ctx(), older.id, { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-11-25', note: '', owner: '' });
    addEscalation(k.ctx(), { familyId: k.familyId, step: 'veilig_thuis_melding', date: '2026-11-28', trigger: 'Acute onveiligheid', decidedBy: 'Roel Venema', reasons: 'Melden is de norm' });
    k.db.prepare("UPDATE required_agenda_topics SET resolved_at = 'x', resolved_by = 'Fenna Testers' WHERE family_id = ?").run(k.familyId);
    startAssessment(k.ctx(), { familyId: k.familyId, childId: younger.id, instrumentId: null, meetingId: null });
    const detail = refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'));
    expect(detail).toBe('De casus kan nog niet worden afgesloten. Nog nodig: een nieuwe risicotaxatie van Noor Bakker: de laatste zegt nog zorg acuut.');
  });

  it('a child’s own suicide threat keeps the case open at acuut, points to no report, and puts urgent care today on Opvolging', () => {
    const k = setup();
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Noor is veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-26') });
    action(k, { kind: 'monitoring', description: 'JGZ ziet Noor bij het volgende consult', dueDate: null, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id });
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.child.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, { itemId: 'B7', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'kind', date: '2026-11-25', note: '', owner: '' });
    const detail = refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'));
    expect(detail).toContain('een nieuwe risicotaxatie van Noor Bakker: de laatste zegt nog zorg acuut');
    expect(detail).toContain('het verplichte agendapunt spoedzorg vandaag (Noor Bakker)');
    const overview = regieOverview(k.db, k.familyId, new Date('2026-11-28T12:00:00Z'));
    expect(overview.concern.children.map((c) => [c.childName, c.now, c.future, c.reportingOpen])).toEqual([['Noor Bakker', 'acuut', 'hoog', false]]);
    const f = followUp(k.db, new Date('2026-11-28T12:00:00Z'));
    expect(f.openRequiredTopics.map((r) => [r.familyName, r.topic.topic, r.topic.childName])).toEqual([['Gezin Bakker', 'spoedzorg', 'Noor Bakker']]);
  });

  it('only accepts a seen date for a child of this family', () => {
    const k = setup();
    const other = k.family('Gezin Smit');
    const otherChild = saveMember(k.ctx(), { familyId: other, role: 'kind', givenName: 'Sem', familyName: 'Smit', birthDate: null, parentalAuthority: false, schoolId: null, schoolGroup: '' });
    expect(() => saveClosure(k.ctx(), { familyId: k.familyId, childSeen: { memberId: otherChild.id, date: '2026-11-26' } })).toThrow(AppError);
  });
});

describe('follow-up dashboard draws on the timeline and the risk assessment', () => {
  it('lists stagnation from the timeline and a child-safety item not yet discussed; a closed case drops out', async () => {
    const { saveTimelineEvent } = await import('../../../../electron/core/timeline/timelineService');
    const k = setup();
    saveTimelineEvent(k.ctx(), {
      familyId: k.familyId,
      type: 'verwijzing',
      date: '2026-09-01',
      organisationId: k.wijkteam.id,
      toOrganisationId: k.jgz.id,
      referralStatus: 'verstuurd',
      statusDate: '2026-09-01',
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary: 'Aanmelding zonder reactie',
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: [],
    });
    const t = new Date().toISOString();
    k.db
      .prepare("INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by) VALUES ('t1', ?, ?, NULL, 'kindveiligheid', ?, 'x')")
      .run(k.familyId, k.child.id, t);
    const now = new Date('2026-11-28T12:00:00.000Z');
    const f = followUp(k.db, now);
    expect(f.timelineWarnings.map((w) => [w.familyName, w.warnings.map((x) => x.kind)])).toEqual([['Gezin Bakker', expect.arrayContaining(['stagnatie'])]]);
    expect(f.openRequiredTopics.map((r) => [r.familyName, r.topic.topic, r.topic.childName])).toEqual([['Gezin Bakker', 'kindveiligheid', 'Noor Bakker']]);

    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-27') });
    action(k, { kind: 'monitoring', description: 'JGZ volgt', dueDate: null });
    // The child-safety item holds the gate until it is discussed.
    expect(refusal(() => closeCase(k.ctx(), k.familyId, 'gesloten'))).toContain('het verplichte agendapunt kindveiligheid (Kindcheck) (Noor Bakker)');
    k.db.prepare("UPDATE required_agenda_topics SET resolved_at = ?, resolved_by = 'Fenna Testers' WHERE id = 't1'").run(t);
    closeCase(k.ctx(), k.familyId, 'gesloten');
    expect(followUp(k.db, now).timelineWarnings).toEqual([]);
  });
});

describe('regie on the family timeline', () => {
  it('derives regiewissel, escalation, terugkoppeling, child seen and closure events that the timeline accepts and counts', async () => {
    const { REGIE_TIMELINE_DERIVATIONS } = await import('../../../../electron/core/regie/regieTimeline');
    const { TIMELINE_DERIVATIONS } = await import('../../../../electron/core/timeline/derivedEvents');
    const { readTimelineEvents } = await import('../../../../electron/core/timeline/timelineService');
    const { computeSignals } = await import('../../../../shared/timeline/timelineSignals');
    const { TimelineEvent } = await import('../../../../shared/timeline/timelineEvent');
    const k = setup();
    decideRegie(k.ctx(), regisseur(k, '2026-10-01'));
    decideRegie(k.ctx(), { ...regisseur(k, '2026-11-01'), professionalId: k.nurse.id, organisationId: k.jgz.id });
    addEscalation(k.ctx(), { familyId: k.familyId, step: 'veilig_thuis_advies', date: '2026-10-15', trigger: 'Zorgen over geweld', decidedBy: 'Roel Venema', reasons: 'Advies nodig' });
    const fb = signalDiscussed(k.ctx(), { familyId: k.familyId, signallerOrganisationId: k.school.id, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id, dueDate: null, meetingId: null });
    saveAction(k.ctx(), { ...fb, status: 'gedaan' });
    saveClosure(k.ctx(), { familyId: k.familyId, safetyJudgement: 'Noor is veilig', safetyJudgementDate: '2026-11-27', childSeen: seen(k.child.id, '2026-11-26') });
    action(k, { kind: 'monitoring', description: 'JGZ volgt', dueDate: null });
    closeCase(k.ctx(), k.familyId, 'afgeschaald');

    const events = readTimelineEvents(k.db, k.familyId, [...TIMELINE_DERIVATIONS, ...REGIE_TIMELINE_DERIVATIONS]);
    for (const e of events) expect(() => TimelineEvent.parse(e)).not.toThrow();
    expect(events.map((e) => [e.type, e.date, e.source])).toEqual([
      ['regiewissel', '2026-10-01', 'regie'],
      ['advies_gevraagd', '2026-10-15', 'besluit'],
      ['regiewissel', '2026-11-01', 'regie'],
      ['kind_gezien', '2026-11-26', 'besluit'],
      ['terugkoppeling', '2026-11-28', 'actie'],
      ['besluit', '2026-11-28', 'besluit'],
    ]);
    const second = events.find((e) => e.type === 'regiewissel' && e.date === '2026-11-01')!;
    expect([second.organisationId, second.toOrganisationId]).toEqual([k.wijkteam.id, k.jgz.id]);
    expect(computeSignals(events, { today: '2026-11-28' }).regieChanges).toBe(2);
  });
});

describe('a discussed signal asks for terugkoppeling', () => {
  it('shows a signal from the timeline once a meeting discussed it, until the signaller’s feedback is planned', async () => {
    const { saveTimelineEvent } = await import('../../../../electron/core/timeline/timelineService');
    const k = setup();
    saveTimelineEvent(k.ctx(), {
      familyId: k.familyId,
      type: 'signaal',
      date: '2026-11-25',
      organisationId: k.school.id,
      toOrganisationId: k.wijkteam.id,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: 'leerkracht groep 6',
      summary: 'Noor komt vaak zonder ontbijt',
      // A school does not carry out help: its signal is shared on consent (shared/timeline/proposedBasis).
      legalBasis: 'toestemming',
      memberIds: [k.child.id],
    });
    const now = new Date('2026-11-28T12:00:00.000Z');
    expect(regieOverview(k.db, k.familyId, now).signalsAwaitingFeedback).toEqual([]);
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: '', startsAt: '2026-11-27T13:00:00.000Z', location: '', schoolId: null, chairId: null, confidentiality: '' });
    setAgenda(k.ctx(), meeting.id, [{ familyId: k.familyId, memberIds: [], anonymous: false }]);
    expect(regieOverview(k.db, k.familyId, now).signalsAwaitingFeedback.map((s) => [s.organisationId, s.discussedAt])).toEqual([[k.school.id, '2026-11-27T13:00:00.000Z']]);
    expect(followUp(k.db, now).signalsWithoutFeedback.map((s) => [s.familyName, s.signallerName])).toEqual([['Gezin Bakker', 'OBS De Regenboog']]);
    signalDiscussed(k.ctx(), { familyId: k.familyId, signallerOrganisationId: k.school.id, ownerProfessionalId: k.nurse.id, ownerOrganisationId: k.jgz.id, dueDate: null, meetingId: meeting.id });
    expect(regieOverview(k.db, k.familyId, now).signalsAwaitingFeedback).toEqual([]);
    expect(followUp(k.db, now).signalsWithoutFeedback).toEqual([]);
  });
});

describe('demo vault', () => {
  it('gets regie, eigen regie, overdue actions and families flagged without regie', async () => {
    const { generateRegion, REGION_SIZES } = await import('../../../../electron/core/generator/regionGenerator');
    const { writeRegion } = await import('../../../../electron/core/generator/writeRegion');
    const { seedDemoRegie } = await import('../../../../electron/core/regie/demoRegie');
    const k = registerKit();
    const at = new Date('2026-11-28T12:00:00.000Z');
    writeRegion(k.db, generateRegion(REGION_SIZES.demo, undefined, at), k.operator, at);
    const seeded = seedDemoRegie({ db: k.db, operator: k.operator, at, undo: k.undo });
    expect(seeded.decisions).toBeGreaterThan(0);
    const f = followUp(k.db, at);
    expect(f.overdueActions.length).toBeGreaterThan(0);
    expect(f.familiesWithoutRegie.length).toBeGreaterThan(0);
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });
});
