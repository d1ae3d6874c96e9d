import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { DEMO_PASSPHRASE, DEMO_SEED_OPERATOR, fillDemoVault } from '../../../../electron/core/demo/demoVault';
import { amsterdamInstant } from '../../../../shared/domain/amsterdamTime';
import { schoolLeavingDay } from '../../../../electron/core/demo/demoRetention';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { closeVaultFile, createVaultFile } from '../../../../electron/core/vault/vaultFile';
import type { ReadableDb } from '../../../../electron/core/vault/connection';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import { OPERATOR, tempDir, testCore } from '../support/vaultTestKit';

/** The demo vault opened through the handlers, as the welcome screen's "Demokluis openen" does. */
async function openDemo() {
  const core = testCore();
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const r = await dispatch(core.handlers, channel, request);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.detail ?? r.error.message}`);
    return r.value as ResponseOf<C>;
  };
  await call('vault:openDemo', undefined);
  await call('vault:setOperator', OPERATOR);
  const now = core.clock.now();
  const upcoming = (await call('meetings:list', { from: now.toISOString(), to: null })).filter((m) => m.type === 'een_twee_drie_tje');
  // The first 1-2-3-tje from now on is the demo's own: the next working day at 09:00.
  const meeting = upcoming[0]!;
  return { core, call, now, meeting };
}

describe('the demo vault shows off meeting mode, the summaries and retention', () => {
  it('has a 1-2-3-tje on the next working day with three cases, the IB, JGZ and school social work, all invited', async () => {
    const { core, call, now, meeting } = await openDemo();
    // The fake clock is Monday 2 March 2026, 10:00 in Amsterdam: the meeting is Tuesday at 09:00 (CET).
    expect(now.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(meeting.startsAt).toBe('2026-03-03T08:00:00.000Z');
    expect(meeting.caseCount).toBe(3);
    const state = await call('meetingMode:get', { meetingId: meeting.id });
    expect(state.meeting.schoolId).not.toBeNull();
    expect(state.cases).toHaveLength(3);
    expect(state.cases.every((c) => !c.anonymous && c.memberIds.length > 0)).toBe(true);
    const types = state.participants.map((p) => [p.organisationType, p.role]);
    expect(types).toEqual(
      expect.arrayContaining([
        ['school', 'intern begeleider'],
        ['jgz', 'jeugdverpleegkundige'],
        ['maatschappelijk_werk', 'schoolmaatschappelijk werker'],
      ]),
    );
    expect(state.participants.find((p) => p.organisationType === 'school')?.organisationId).toBe(state.meeting.schoolId);
    expect(state.participants.every((p) => p.attendance === 'uitgenodigd')).toBe(true);
    expect(state.startedAt).toBeNull();
    // The children discussed go to the meeting's school.
    const schoolOf = core.session.withRead((db) => db.prepare('SELECT school_id FROM family_members WHERE id = ?'));
    for (const c of state.cases) {
      for (const id of c.memberIds) expect(core.session.withRead(() => schoolOf.get(id))).toEqual({ school_id: state.meeting.schoolId });
    }
    // "Vergadermodus openen" works straight away.
    const started = await call('meetingMode:start', { meetingId: meeting.id, confidentialityConfirmed: true });
    expect(started.startedAt).not.toBeNull();
  });

  it('the summaries preview withholds the JGZ event from non-JGZ recipients and a whole family from school social work', async () => {
    const { call, meeting } = await openDemo();
    const preview = await call('summary:preview', { meetingId: meeting.id });
    const of = (type: string) => preview.recipients.find((r) => r.organisationType === type)!;

    // The JGZ receives all three families and its own JGZ timeline event — but not the huisarts's:
    // medical secrecy holds between medical professions too.
    const jgz = of('jgz');
    expect(jgz.families.map((f) => f.included)).toEqual([true, true, true]);
    const jgzWithheld = jgz.families.flatMap((f) => f.items.filter((i) => i.withheldReason === 'medisch_beroepsgeheim').map((i) => i.label));
    expect(jgzWithheld.every((label) => !label.includes('JGZ'))).toBe(true);
    const jgzEvent = jgz.families[0]!.items.find((i) => i.kind === 'tijdlijn' && i.label.includes('JGZ'));
    expect(jgzEvent?.included).toBe(true);

    // The school's IB gets the first family, but not its JGZ event (medical professional secrecy).
    const ib = of('school');
    expect(ib.families.every((f) => f.included)).toBe(true);
    const first = ib.families[0]!;
    expect(first.items.filter((i) => i.withheldReason === 'medisch_beroepsgeheim').map((i) => i.kind)).toContain('tijdlijn');

    // School social work: consent for the second family covers school and JGZ only, and it is not involved.
    const smw = of('maatschappelijk_werk');
    expect(smw.families.map((f) => [f.included, f.withheldReason])).toEqual([
      [true, null],
      [false, 'geen_grondslag'],
      [true, null],
    ]);
    expect(smw.families[0]!.items.some((i) => i.withheldReason === 'medisch_beroepsgeheim')).toBe(true);

    // Veilig Thuis: each family goes — by name only with a basis or a recorded suspicion, otherwise anonymised without its timeline.
    const vt = of('veilig_thuis');
    expect(vt.families.map((f) => [f.label, f.form, f.basis, f.withheldReason])).toEqual([
      ['Casus 1 (anoniem)', 'anoniem', null, 'geen_vermoeden'],
      ['Gezin Huisman', 'volledig', 'meldrecht', null],
      ['Casus 3 (anoniem)', 'anoniem', null, 'geen_vermoeden'],
    ]);
    const anonymisedTimeline = [vt.families[0]!, vt.families[2]!].flatMap((f) => f.items.filter((i) => i.kind === 'tijdlijn'));
    expect(anonymisedTimeline.every((i) => !i.included && i.withheldReason === 'anoniem_geen_tijdlijn')).toBe(true);
  });

  it('has an open terugkoppeling for this meeting that a terugkoppelingsbrief can be made for', async () => {
    const { call, meeting } = await openDemo();
    const state = await call('meetingMode:get', { meetingId: meeting.id });
    const third = state.cases[2]!;
    const overview = await call('regie:overview', { familyId: third.familyId });
    const feedback = overview.actions.filter((a) => a.kind === 'terugkoppeling' && a.status === 'open' && a.meetingId === meeting.id);
    expect(feedback).toHaveLength(1);
    expect(feedback[0]!.signallerOrganisationId).not.toBeNull();
    const letter = await call('summary:letterPreview', { actionId: feedback[0]!.id });
    expect(letter.recipientLabel).toContain('Huisartsenpraktijk');
    expect(letter.paragraphs.join(' ')).not.toContain('JGZ-contactmoment');
  });

  it('the retention review lists at least one family past its period (a school record, children left more than 2 years ago)', async () => {
    const { call } = await openDemo();
    const review = await call('privacy:retention', undefined);
    const pastDue = review.items.filter((i) => i.state === 'verlopen');
    expect(pastDue.length).toBeGreaterThanOrEqual(1);
    expect(pastDue[0]).toMatchObject({ retentionClass: 'school', classChosen: true, triggerSource: 'handmatig', years: 2 });
    expect(pastDue[0]!.dueDate! <= review.today).toBe(true);
    expect(review.items[0]!.state).toBe('verlopen');
    // The others keep their clock from the vault (jeugdhulp, still running).
    expect(review.items.filter((i) => i.state === 'geen_einddatum').length).toBeGreaterThan(5);
  });

  it('shows the whole family: a family named by its older child at a serious concern although a younger sibling was assessed later, and the gate names that child', async () => {
    const { call, core } = await openDemo();
    const followUp = await call('regie:followUp', { offset: 0, limit: 20, query: '', order: 'concern' });
    expect(followUp.today).toBe('2026-03-02');
    const families = core.session.withRead((db) =>
      db.prepare("SELECT DISTINCT family_id FROM assessments").pluck().all() as string[],
    );
    expect(families.length).toBeGreaterThanOrEqual(2);
    const overviews = await Promise.all(families.map((familyId) => call('regie:overview', { familyId })));
    const acute = overviews.find((o) => o.concern.level === 'acuut');
    expect(acute).toBeDefined();
    const [older, younger] = [acute!.concern.children[0]!, acute!.concern.children[1]!];
    expect([older.level, younger.level]).toEqual(['acuut', 'laag']);
    expect(younger.assessedOn > older.assessedOn).toBe(true);
    expect(acute!.gate.missing).toEqual(expect.arrayContaining([{ code: 'risk_level', memberId: older.childId, name: older.childName, level: 'acuut' }]));
  });

  it('is written by the demo operator, every change audited, and the same for the same moment', async () => {
    const dir = tempDir();
    const at = new Date('2026-11-27T15:30:00.000Z'); // a Friday: the meeting moves to Monday
    const describeVault = (db: ReadableDb) => ({
      meetings: db
        .prepare(
          `SELECT m.starts_at, m.location, (SELECT group_concat(f.display_name, ' | ') FROM (SELECT f.display_name FROM agenda_items a JOIN families f ON f.id = a.family_id WHERE a.meeting_id = m.id ORDER BY a.position) f) AS cases,
                  (SELECT group_concat(p.name, ' | ') FROM (SELECT pr.name FROM meeting_participants p JOIN professionals pr ON pr.id = p.professional_id WHERE p.meeting_id = m.id ORDER BY p.rowid) p) AS people
           FROM meetings m ORDER BY m.starts_at, m.location`,
        )
        .all(),
      consents: db.prepare('SELECT count(*) AS n FROM consents').get(),
      events: db.prepare('SELECT date, type, summary FROM timeline_events ORDER BY date, type, summary').all(),
      actions: db.prepare('SELECT kind, description, due_date, status FROM regie_actions ORDER BY kind, description, due_date').all(),
      assessments: db.prepare('SELECT assessed_on, (SELECT count(*) FROM assessment_answers x WHERE x.assessment_id = a.id) AS answers FROM assessments a ORDER BY 1, 2').all(),
      retention: db.prepare('SELECT f.display_name, r.retention_class, r.trigger_date FROM family_retention r JOIN families f ON f.id = r.family_id ORDER BY 1, 3').all(),
      audit: db.prepare('SELECT action, summary, operator_name FROM audit_log ORDER BY seq').all(),
    });
    const make = (name: string) => {
      const vault = createVaultFile(path.join(dir, name), DEMO_PASSPHRASE, { now: () => at });
      try {
        fillDemoVault(vault, () => at);
        expect(verifyAuditChain(vault.db).ok).toBe(true);
        return describeVault(vault.db);
      } finally {
        closeVaultFile(vault);
      }
    };
    const a = make('a.casustafel');
    expect(make('b.casustafel')).toEqual(a);
    const meeting = (a.meetings as { starts_at: string; cases: string }[]).find((m) => m.starts_at === '2026-11-30T08:00:00.000Z');
    expect(meeting?.cases.split(' | ')).toHaveLength(3);
    const demoWrites = (a.audit as { action: string; operator_name: string }[]).filter((e) => e.action !== 'vault.create');
    expect(demoWrites.length).toBeGreaterThan(20);
    expect(new Set(demoWrites.map((e) => e.operator_name))).toEqual(new Set([DEMO_SEED_OPERATOR.name]));
    expect(demoWrites.map((e) => e.action)).toEqual(expect.arrayContaining(['meeting.create', 'consent.create', 'timeline_event.create', 'retention.family']));
  });
});

describe('demo helpers', () => {
  it('09:00 in Amsterdam is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    expect(amsterdamInstant({ year: 2026, month: 3, day: 3 }, 9)).toBe('2026-03-03T08:00:00.000Z');
    expect(amsterdamInstant({ year: 2026, month: 3, day: 30 }, 9)).toBe('2026-03-30T07:00:00.000Z');
    expect(amsterdamInstant({ year: 2026, month: 10, day: 26 }, 9)).toBe('2026-10-26T08:00:00.000Z');
  });

  it('a child leaves primary school on the first 15 July it is 12', () => {
    expect(schoolLeavingDay({ year: 2011, month: 4, day: 3 })).toEqual({ year: 2023, month: 7, day: 15 });
    expect(schoolLeavingDay({ year: 2011, month: 7, day: 15 })).toEqual({ year: 2023, month: 7, day: 15 });
    expect(schoolLeavingDay({ year: 2011, month: 9, day: 30 })).toEqual({ year: 2024, month: 7, day: 15 });
  });
});
