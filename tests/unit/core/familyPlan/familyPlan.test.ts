import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import { seedMeeting } from '../exports/meetingFixture';
import { flat, pdfText } from '../support/pdfText';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';
import type { SessionDigest } from '../../../../shared/contract/familyPlanChannels';

const DAY = 86_400_000;

/** No idle lock in these tests: they move the clock by days, and lock and unlock explicitly where a session ends. */
const NO_IDLE_LOCK = { setTimeout: () => 0, clearTimeout: () => undefined };

async function seededCore() {
  const core = testCore({ timers: NO_IDLE_LOCK });
  const vault = path.join(core.dir, 'plan.casustafel');
  const created = await dispatch(core.handlers, 'vault:create', { token: core.vaultToken(vault), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  expect(created.ok).toBe(true);
  expect((await dispatch(core.handlers, 'vault:setOperator', OPERATOR)).ok).toBe(true);
  const undo = new UndoLog<WriteContext>();
  const seed = core.session.withWrite((db, operator) => seedMeeting((): WriteContext => ({ db, operator, at: core.clock.now(), undo })));
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const r = await dispatch(core.handlers, channel, request);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail ?? r.error.message}`);
    return r.value as ResponseOf<C>;
  };
  const refused = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<string> => {
    const r = await dispatch(core.handlers, channel, request);
    if (r.ok) throw new Error('expected a refusal');
    return r.error.detail ?? r.error.message;
  };
  const relock = async (days: number) => {
    await call('vault:lock', { reason: 'user' });
    core.clock.advance(days * DAY);
    await call('vault:unlock', { token: core.vaultToken(vault), passphrase: GOOD_PASSPHRASE });
    await call('vault:setOperator', OPERATOR);
  };
  return { core, seed, call, refused, relock };
}

type Seeded = Awaited<ReturnType<typeof seededCore>>;

async function planWithGrandmother({ seed, call }: Seeded) {
  const familyId = seed.families.bakker;
  await call('familyPlan:update', { familyId, familyView: 'We willen dat het thuis weer rustig wordt en dat Noor goed eet.', goals: [{ text: 'Noor ontbijt elke dag' }] });
  const oma = await call('familyPlan:saveNetworkMember', { familyId, name: 'Wil Bakker', relation: 'oma', contribution: 'Haalt Noor op dinsdag en donderdag op van school' });
  const action = await call('regie:saveAction', {
    familyId,
    kind: 'actie',
    description: 'Noor ophalen en samen ontbijt maken',
    ownerProfessionalId: null,
    ownerOrganisationId: null,
    ownerNetworkMemberId: oma.id,
    dueDate: '2026-03-04',
    status: 'open',
    memberIds: [],
    meetingId: null,
    signallerOrganisationId: null,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
  });
  return { familyId, oma, action };
}

describe('the family plan', () => {
  it('is a concept until agreed, keeps every agreed version as it was, and any edit afterwards drafts the next version', async () => {
    const s = await seededCore();
    const { familyId, action } = await planWithGrandmother(s);
    let plan = await s.call('familyPlan:get', { familyId });
    expect(plan.status).toBe('concept');
    expect(plan.content.agreements).toContainEqual(expect.objectContaining({ actionId: action.id, owner: 'Wil Bakker (oma)', ownerKind: 'netwerk' }));
    expect(plan.content.agreements).toContainEqual(expect.objectContaining({ description: 'Huisbezoek plannen met moeder en Noor', ownerKind: 'professional' }));

    const v1 = await s.call('familyPlan:agree', { familyId, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }, { name: 'Roel Venema', role: 'regisseur' }] });
    expect(v1.number).toBe(1);
    expect((await s.call('familyPlan:get', { familyId })).status).toBe('vastgesteld');
    expect(await s.refused('familyPlan:agree', { familyId, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }] })).toContain('niet veranderd');

    await s.call('familyPlan:update', { familyId, wishes: 'Meer tijd samen in het weekend', discussedWithChildOn: '2026-03-02' });
    plan = await s.call('familyPlan:get', { familyId });
    expect(plan.status).toBe('concept_volgende');
    expect(plan.changedSinceLatest).toEqual(['wishes', 'discussed']);
    expect(plan.versions[0]).toEqual(v1);

    const v2 = await s.call('familyPlan:agree', { familyId, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }] });
    plan = await s.call('familyPlan:get', { familyId });
    expect(plan.versions.map((v) => [v.number, v.content.wishes])).toEqual([
      [2, 'Meer tijd samen in het weekend'],
      [1, ''],
    ]);
    expect(v2.agreedBy).toEqual([{ name: 'Peter Bakker', role: 'vader' }]);
    expect(plan.aanspreekpunt).toEqual({ kind: 'regisseur', who: 'Roel Venema (Wijkteam Emmen-Oost)', reach: expect.any(String) });
  });

  it('an action owned by the grandmother is one of the family’s actions: it shows in Opvolging when overdue, and she cannot be removed while she owns it', async () => {
    const s = await seededCore();
    const { familyId, oma, action } = await planWithGrandmother(s);
    expect(await s.refused('regie:saveAction', { ...action, id: action.id, kind: 'terugkoppeling', signallerOrganisationId: s.seed.orgs.huisarts })).toContain('werk van een professional');
    expect(await s.refused('regie:saveAction', { ...action, id: action.id, ownerFamily: true })).toContain('kies één eigenaar');
    expect(await s.refused('familyPlan:removeNetworkMember', { id: oma.id })).toContain('eigenaar van een afspraak');
    s.core.clock.advance(3 * DAY);
    const followUp = await s.call('regie:followUp', { offset: 0, limit: 20, query: '', order: 'concern' });
    expect(followUp.families.flatMap((f) => f.overdueActions).map((a) => [a.action.id, a.daysOverdue])).toEqual([[action.id, 1]]);
    expect((await s.call('regie:overview', { familyId })).actions.find((a) => a.id === action.id)?.ownerNetworkMemberId).toBe(oma.id);
  });

  it('puts the agreed versions on the timeline, and the plan goes with the summaries at each recipient’s level', async () => {
    const s = await seededCore();
    const { familyId } = await planWithGrandmother(s);
    await s.call('familyPlan:agree', { familyId, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }] });
    const timeline = await s.call('timeline:list', { familyId });
    expect(timeline.events.filter((e) => e.source === 'gezinsplan').map((e) => e.summary)).toEqual(['Gezinsplan versie 1 vastgesteld met Peter Bakker (vader)']);

    const preview = await s.call('summary:preview', { meetingId: s.seed.meeting });
    const planItemFor = (professionalId: string) =>
      preview.recipients.find((r) => r.professionalId === professionalId)!.families.find((f) => f.familyId === familyId)!.items.find((i) => i.kind === 'gezinsplan');
    // The wijkteam carries out the help: the plan goes; the school receives Bakker on consent and gets it too.
    expect(planItemFor(s.seed.people.coach)).toMatchObject({ included: true });
    expect(planItemFor(s.seed.people.ib)).toMatchObject({ included: true });
  });
});

describe('the plan letter to the family', () => {
  it('reads back in plain words with the agreements and whom to call, and without risk level, flags or any other family', async () => {
    const s = await seededCore();
    const { familyId } = await planWithGrandmother(s);
    // A risk assessment with acute unsafety and a positive Kindcheck exists for the family.
    const { assessment } = await s.call('assessment:start', { familyId, childId: s.seed.children.noor, instrumentId: null, meetingId: null });
    for (const itemId of ['A1', 'C1']) {
      await s.call('assessment:saveAnswer', {
        assessmentId: assessment.id,
        answer: { itemId, value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-03-02', note: '', owner: '' },
      });
    }
    expect(await s.refused('familyPlan:letterPreview', { familyId, version: null })).toContain('nog niet vastgesteld');
    await s.call('familyPlan:agree', { familyId, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }] });

    s.core.host.nextExportPath = path.join(s.core.dir, 'gezinsplan.pdf');
    const saved = await s.call('export:familyPlanLetter', { familyId, version: null });
    expect(saved).toEqual({ saved: true, fileName: 'gezinsplan.pdf' });
    const text = flat(pdfText(s.core.host.exports[0]!.data));
    expect(text).toContain('Jullie gezinsplan');
    expect(text).toContain('We willen dat het thuis weer rustig wordt');
    expect(text).toContain('Noor ophalen en samen ontbijt maken');
    expect(text).toContain('Wil Bakker (oma)');
    expect(text).toContain('Jullie vaste contactpersoon is Roel Venema (Wijkteam Emmen-Oost)');
    // No risk level, no flags, no assessment words, no professional jargon.
    expect(text).not.toMatch(/acuut|verhoogd|hoog|laag|risico|Kindcheck|melden|meldnorm|stapeling|Veilig Thuis|grondslag|regisseur|afwegingskader/i);
    // No other family on the same agenda.
    expect(text).not.toMatch(/Yilmaz|Hoekstra|Elif|Jesse/);

    const rows = s.core.session.withRead((db) => db.prepare('SELECT kind, recipient_name, included, withheld FROM export_log').all());
    expect(rows).toEqual([
      {
        kind: 'gezinsplanbrief',
        recipient_name: 'het gezin',
        included: expect.stringContaining('Gezinsplan versie 1'),
        withheld: 'Risicotaxatie, signalen, notulen en gegevens van andere gezinnen',
      },
    ]);
    const audit = s.core.session.withRead((db) => db.prepare("SELECT family_id, summary FROM audit_log WHERE action = 'export'").all());
    expect(audit).toEqual([{ family_id: familyId, summary: expect.stringContaining('Gezinsplan (brief aan het gezin) geëxporteerd') }]);
    expect(s.core.session.withRead((db) => verifyAuditChain(db)).ok).toBe(true);
  });

  it('an action’s calendar file holds the day, and neither a name nor the action’s text', async () => {
    const s = await seededCore();
    const { action } = await planWithGrandmother(s);
    s.core.host.nextExportPath = path.join(s.core.dir, 'afspraak.ics');
    expect((await s.call('export:actionCalendar', { actionId: action.id })).saved).toBe(true);
    const ics = new TextDecoder().decode(s.core.host.exports[0]!.data);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2026-03-04');
    expect(ics).not.toMatch(/Bakker|Noor|Wil|oma|ontbijt/);
    expect(s.core.session.withRead((db) => db.prepare('SELECT kind FROM export_log').all())).toEqual([{ kind: 'actie_ics' }]);
  });
});

describe('Meldcode steps per professional', () => {
  it('are stored per family and professional, show on the timeline, and a named advice of Veilig Thuis is a recorded suspicion where an anonymous one is not', async () => {
    const s = await seededCore();
    const familyId = s.seed.families.yilmaz;
    const vtScope = async () =>
      (await s.call('summary:preview', { meetingId: s.seed.meeting })).recipients.find((r) => r.professionalId === s.seed.people.vtWorker)!.families.find((f) => f.familyId === familyId)!;
    const advice = { familyId, professional: { name: 'Ilse Wiersma', discipline: 'JGZ' }, step: 'advies_veilig_thuis' as const, date: '2026-03-02', withWhom: '', ledBy: '', outcome: 'Advies: eerst een gesprek met moeder' };
    await s.call('meldcode:save', { ...advice, anonymous: true });
    expect(await vtScope()).toMatchObject({ form: 'anoniem', withheldReason: 'geen_vermoeden' });
    await s.call('meldcode:save', { ...advice, anonymous: false, date: '2026-03-02' });
    expect(await vtScope()).toMatchObject({ form: 'volledig', basis: 'meldrecht' });
    await s.call('meldcode:save', {
      familyId,
      professional: { name: 'Ilse Wiersma', discipline: 'JGZ' },
      step: 'gesprek_ouder_kind',
      date: '2026-03-02',
      anonymous: false,
      withWhom: 'moeder en Elif',
      ledBy: 'Ilse Wiersma',
      outcome: 'Moeder herkent de zorgen',
    });
    expect((await s.call('meldcode:list', { familyId })).map((m) => m.step)).toEqual(['advies_veilig_thuis', 'advies_veilig_thuis', 'gesprek_ouder_kind']);
    const events = (await s.call('timeline:list', { familyId })).events.filter((e) => e.source === 'meldcode');
    expect(events.map((e) => [e.type, e.legalBasis]).sort()).toEqual([
      ['advies_gevraagd', 'meldrecht'],
      ['advies_gevraagd', 'noodzakelijk_betrokkenen'],
      ['notitie', 'noodzakelijk_betrokkenen'],
    ]);
    expect(events.find((e) => e.type === 'notitie')!.summary).toBe('Gesprek met ouder en kind (Meldcode stap 3), Ilse Wiersma (JGZ), gevoerd door Ilse Wiersma: Moeder herkent de zorgen');
    expect(await s.refused('meldcode:save', { ...advice, step: 'collegiaal_consult', anonymous: true })).toContain('alleen een advies van Veilig Thuis kan anoniem');
  });
});

/** The digest's first hundred families: every family these tests make. */
const EVERY_FAMILY = { offset: 0, limit: 100 };
const freshOf = (d: SessionDigest) => d.families.flatMap((f) => f.entries.filter((e) => e.fresh));
const earlierOf = (d: SessionDigest) => d.families.flatMap((f) => f.entries.filter((e) => !e.fresh));
const quietOf = (d: SessionDigest) => d.families.flatMap((f) => (f.quiet === null ? [] : [f.quiet]));

describe('the digest since the last session', () => {
  it('after a week away shows the grandmother’s action as overdue, and what was shown stays the same within a session', async () => {
    const s = await seededCore();
    const { action } = await planWithGrandmother(s);
    const first = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(first.previousSessionAt).toBeNull();
    expect(freshOf(first).map((e) => e.item.actionId)).not.toContain(action.id);

    await s.relock(7);
    const digest = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    // The previous session is the one that began a week ago.
    expect(digest.previousSessionAt).toBe('2026-03-02T09:00:00.000Z');
    const oma = freshOf(digest).find((e) => e.item.actionId === action.id);
    expect(oma).toMatchObject({ state: 'te_laat', daysOverdue: 5, item: { owner: 'Wil Bakker (oma)', familyName: 'Gezin Bakker', kind: 'actie' } });
    // The terugkoppeling to the huisarts falls due today (five working days after the meeting).
    expect(freshOf(digest).find((e) => e.item.kind === 'terugkoppeling')).toMatchObject({ state: 'nu', item: { dueDay: '2026-03-09' } });
    expect(await s.call('digest:sinceLastSession', EVERY_FAMILY)).toEqual(digest);

    await s.relock(1);
    const next = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(earlierOf(next).map((e) => e.item.actionId)).toContain(action.id);
    expect(freshOf(next).map((e) => e.item.actionId)).not.toContain(action.id);
  });

  it('names a family with an acute concern that was not discussed for the configured number of weeks', async () => {
    const s = await seededCore();
    const familyId = s.seed.families.yilmaz;
    const { assessment } = await s.call('assessment:start', { familyId, childId: s.seed.children.elif, instrumentId: null, meetingId: null });
    await s.call('assessment:saveAnswer', {
      assessmentId: assessment.id,
      answer: { itemId: 'A1', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-03-02', note: '', owner: '' },
    });
    await s.call('settings:update', { notDiscussedWeeks: 2 });
    await s.relock(13);
    expect(quietOf(await s.call('digest:sinceLastSession', EVERY_FAMILY))).toEqual([]);
    await s.relock(1);
    const digest = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(digest.notDiscussedWeeks).toBe(2);
    expect(quietOf(digest)).toEqual([{ familyId, familyName: 'Familie Yilmaz', level: 'acuut', children: ['Elif Yilmaz'], lastDiscussed: '2026-03-02', days: 14 }]);
  });

  it("names the family by its highest child's concern although a sibling was assessed later at laag, and a family at verhoogd after its own longer weeks", async () => {
    const s = await seededCore();
    const familyId = s.seed.families.yilmaz;
    const mert = await s.call('register:saveMember', { familyId, role: 'kind', givenName: 'Mert', familyName: 'Yilmaz', birthDate: '2019-01-09', parentalAuthority: false, schoolId: null, schoolGroup: '' });
    const elif = (await s.call('assessment:start', { familyId, childId: s.seed.children.elif, instrumentId: null, meetingId: null })).assessment;
    await s.call('assessment:saveAnswer', {
      assessmentId: elif.id,
      answer: { itemId: 'C4', value: 'ja', observer: { name: 'Ilse Wiersma', discipline: 'JGZ' }, source: 'eigen_waarneming', date: '2026-03-02', note: '', owner: '' },
    });
    await s.relock(1);
    await s.call('assessment:start', { familyId, childId: mert.id, instrumentId: null, meetingId: null });
    await s.call('settings:update', { notDiscussedWeeks: 2, raisedConcernWeeks: 4 });
    await s.relock(14);
    // Elif's concern (hoog on termijn, from a positive Kindcheck) shows after two weeks, named with her, though Mert came later at laag.
    const digest = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(quietOf(digest).map((q) => [q.familyName, q.level, q.children])).toEqual([['Familie Yilmaz', 'hoog', ['Elif Yilmaz']]]);
    expect(digest.raisedConcernWeeks).toBe(4);
  });

  it('shows the term agreed at afweging question 4 when it passes while question 5 is open', async () => {
    const s = await seededCore();
    const familyId = s.seed.families.yilmaz;
    const { assessment } = await s.call('assessment:start', { familyId, childId: s.seed.children.elif, instrumentId: null, meetingId: null });
    const entry = { professional: { name: 'Ilse Wiersma', discipline: 'JGZ' }, reasoning: 'Toelichting.', date: '2026-03-02', monitoring: '', term: null, casemanager: '' };
    await s.call('assessment:addTrailEntry', { assessmentId: assessment.id, entry: { ...entry, question: 1, answer: 'ja' } });
    await s.call('assessment:addTrailEntry', { assessmentId: assessment.id, entry: { ...entry, question: 2, answer: 'nee' } });
    await s.call('assessment:addTrailEntry', { assessmentId: assessment.id, entry: { ...entry, question: 3, answer: 'ja' } });
    await s.call('assessment:addTrailEntry', { assessmentId: assessment.id, entry: { ...entry, question: 4, answer: 'ja', term: '2026-03-16', casemanager: 'Roel Venema' } });
    await s.relock(15);
    const digest = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    const term = digest.families.flatMap((f) => f.entries).find((e) => e.item.kind === 'afweging_termijn');
    expect(term).toMatchObject({ state: 'te_laat', item: { familyName: 'Familie Yilmaz', dueDay: '2026-03-16', owner: 'Ilse Wiersma' } });
    expect(term?.item.description).toContain('Elif Yilmaz');
  });

  it('notifies once, without any name, when something falls due while the app runs', async () => {
    const s = await seededCore();
    const shown: { title: string; body: string }[] = [];
    s.core.host.showNotification = (title, body) => shown.push({ title, body });
    const { action } = await planWithGrandmother(s);
    await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(await s.call('digest:check', undefined)).toEqual({ newlyDue: 0 });
    s.core.clock.advance(2 * DAY);
    expect((await s.call('digest:check', undefined)).newlyDue).toBeGreaterThan(0);
    expect(await s.call('digest:check', undefined)).toEqual({ newlyDue: 0 });
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toMatch(/Bakker|Noor|Wil|oma/);
    // The grandmother's action fell due while the app ran: it is what was told.
    expect(freshOf(await s.call('digest:sinceLastSession', EVERY_FAMILY)).map((e) => e.item.actionId)).toContain(action.id);
  });

  it('pages the families, counts over all of them, and refuses a page of nothing in Dutch', async () => {
    const s = await seededCore();
    const { action } = await planWithGrandmother(s);
    await s.relock(7);
    const whole = await s.call('digest:sinceLastSession', EVERY_FAMILY);
    expect(whole.total).toBeGreaterThanOrEqual(1);
    const pages = [];
    for (let offset = 0; offset < whole.total; offset += 1) pages.push(await s.call('digest:sinceLastSession', { offset, limit: 1 }));
    expect(pages.flatMap((p) => p.families)).toEqual(whole.families);
    expect(pages.every((p) => p.total === whole.total && JSON.stringify(p.totals) === JSON.stringify(whole.totals))).toBe(true);
    const bakker = whole.families.find((f) => f.familyName === 'Gezin Bakker')!;
    expect(bakker.counts).toContainEqual({ kind: 'actie', state: 'te_laat', count: 1 });
    expect(bakker.entries.find((e) => e.item.actionId === action.id)?.item.owner).toBe('Wil Bakker (oma)');
    expect(await s.refused('digest:sinceLastSession', { offset: 0, limit: 0 })).toBeTruthy();
  });

  it('Opvolging no longer lists an action once it is done, though the list was read a moment before', async () => {
    const s = await seededCore();
    const { action } = await planWithGrandmother(s);
    s.core.clock.advance(3 * DAY);
    const request = { offset: 0, limit: 20, query: '', order: 'concern' as const };
    expect((await s.call('regie:followUp', request)).totals.overdueActions).toBe(1);
    await s.call('regie:saveAction', { ...action, id: action.id, status: 'gedaan' });
    const after = await s.call('regie:followUp', request);
    expect(after.totals.overdueActions).toBe(0);
    expect(after.families.flatMap((f) => f.overdueActions)).toEqual([]);
  });
});
