import { describe, expect, it } from 'vitest';
import { familyFacts, type FamilyAction, type FamilyDiscussion, type FamilyRecords } from '../../../../shared/reporting/familyFacts';
import type { ReportGroup } from '../../../../shared/reporting/reportRecords';
import { ev, ORG, referral } from '../timeline/eventFactory';

const period = { from: '2026-01-01', to: '2026-06-30' };
const ZAT: ReportGroup = { kind: 'overlegsoort', meetingType: 'zat' };
const TJE: ReportGroup = { kind: 'overlegsoort', meetingType: 'een_twee_drie_tje' };

const meeting = (day: string, group: ReportGroup, extra: Partial<FamilyDiscussion> = {}): FamilyDiscussion => ({
  startsAt: `${day}T09:00:00.000Z`,
  day,
  group,
  anonymous: false,
  postponed: false,
  ...extra,
});
const action = (partial: Partial<FamilyAction>): FamilyAction => ({
  kind: 'actie',
  status: 'open',
  dueDate: null,
  doneOn: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  signallerOrganisationId: null,
  ...partial,
});
const family = (partial: Partial<FamilyRecords>): FamilyRecords => ({
  events: [],
  discussions: [],
  actions: [],
  requiredTopics: [],
  closure: null,
  concernAtEnd: null,
  ...partial,
});

describe('what one family adds to a report', () => {
  it('counts in the group of its last meeting up to the end of the period, and is discussed when a meeting in the period held it', () => {
    const f = familyFacts(
      family({
        discussions: [
          meeting('2025-11-10', ZAT),
          meeting('2026-02-02', TJE, { anonymous: true }),
          meeting('2026-03-02', ZAT),
          meeting('2026-04-06', TJE, { postponed: true }),
          meeting('2026-08-03', TJE),
        ],
      }),
      period,
    );
    expect(f.group).toEqual(ZAT);
    expect(f.counts.besproken).toBe(1);
    expect(f.counts.anoniem_besproken).toBe(1);
    expect(f.discussionMonths).toEqual(['2026-02', '2026-03']);
  });

  it('is "not discussed in a meeting" when no meeting held it before the end of the period', () => {
    const f = familyFacts(family({ discussions: [meeting('2026-09-01', ZAT)] }), period);
    expect(f.group).toEqual({ kind: 'geen_overleg' });
    expect(f.counts.besproken).toBe(0);
  });

  it('counts new signals and regie changes dated in the period, and the days from the first signal to help started in it', () => {
    const f = familyFacts(
      family({
        events: [
          ev({ type: 'signaal', date: '2025-12-20' }),
          ev({ type: 'signaal', date: '2026-02-10' }),
          ev({ type: 'hulp_gestart', date: '2026-03-01' }),
          ev({ type: 'regiewissel', date: '2026-03-05', organisationId: ORG.cjg, toOrganisationId: ORG.wijkteam }),
          ev({ type: 'signaal', date: '2026-07-10' }),
        ],
      }),
      period,
    );
    expect(f.counts.nieuwe_signalen).toBe(1);
    expect(f.newSignalMonths).toEqual(['2026-02']);
    expect(f.counts.regiewissels).toBe(1);
    // 2025-12-20 → 2026-03-01 is 71 days.
    expect(f.helpStarts).toEqual([{ days: 71, month: '2026-03' }]);
    expect(f.counts.hulp_gestart).toBe(1);
  });

  it('counts the days of each episode whose help started in the period, a new signal after help ended from itself', () => {
    const f = familyFacts(
      family({
        events: [
          ev({ type: 'signaal', date: '2023-01-10' }),
          ev({ type: 'hulp_gestart', date: '2023-02-01', organisationId: ORG.wijkteam }),
          ev({ type: 'hulp_beeindigd', date: '2024-01-01', organisationId: ORG.wijkteam }),
          ev({ type: 'signaal', date: '2026-01-05', organisationId: null, requestedBy: 'gezin' }),
          ev({ type: 'hulp_gestart', date: '2026-01-25', organisationId: ORG.wijkteam }),
          ev({ type: 'hulp_beeindigd', date: '2026-03-01', organisationId: ORG.wijkteam }),
          ev({ type: 'signaal', date: '2026-04-01', organisationId: ORG.school }),
          ev({ type: 'hulp_gestart', date: '2026-04-11', organisationId: ORG.cjg }),
        ],
      }),
      period,
    );
    expect(f.helpStarts).toEqual([
      { days: 20, month: '2026-01' },
      { days: 10, month: '2026-04' },
    ]);
    expect(f.counts.hulp_gestart).toBe(2);
  });

  it('does not count help that started before the period', () => {
    const f = familyFacts(family({ events: [ev({ type: 'signaal', date: '2025-10-01' }), ev({ type: 'hulp_gestart', date: '2025-12-01' })] }), period);
    expect(f.helpStarts).toEqual([]);
  });

  it('counts a ping-pong episode in the period of its last move, with the timeline rule', () => {
    const f = familyFacts(
      family({
        events: [
          referral('2025-12-01', ORG.cjg, ORG.wijkteam, 'geaccepteerd'),
          referral('2026-01-15', ORG.wijkteam, ORG.cjg, 'teruggelegd'),
          referral('2026-08-01', ORG.cjg, ORG.veiligThuis, 'afgewezen'),
        ],
      }),
      period,
    );
    expect(f.counts.pingpong).toBe(1);
  });

  it('sorts terugkoppeling into within five working days, late, none after the term and still within the term', () => {
    const signal = (date: string, organisationId: string) => ev({ type: 'signaal', date, organisationId });
    const f = familyFacts(
      family({
        events: [signal('2026-01-05', ORG.school), signal('2026-02-01', ORG.wijkteam), signal('2026-03-01', ORG.veiligThuis), signal('2026-06-20', ORG.cjg)],
        discussions: [meeting('2026-01-12', ZAT), meeting('2026-02-09', ZAT), meeting('2026-03-09', ZAT), meeting('2026-06-29', ZAT)],
        actions: [
          // Discussed Monday 12 January: five working days end Monday 19 January.
          action({ kind: 'terugkoppeling', signallerOrganisationId: ORG.school, status: 'gedaan', doneOn: '2026-01-19', createdAt: '2026-01-12T10:00:00.000Z' }),
          // Discussed 9 February, told 20 February: late.
          action({ kind: 'terugkoppeling', signallerOrganisationId: ORG.wijkteam, status: 'gedaan', doneOn: '2026-02-20', createdAt: '2026-02-09T10:00:00.000Z' }),
          // Planned for Veilig Thuis but never done: none after the term.
          action({ kind: 'terugkoppeling', signallerOrganisationId: ORG.veiligThuis, status: 'open', createdAt: '2026-03-09T10:00:00.000Z' }),
        ],
      }),
      period,
    );
    expect(f.counts.signalen_besproken).toBe(4);
    expect(f.counts.terugkoppeling_op_tijd).toBe(1);
    expect(f.counts.terugkoppeling_te_laat).toBe(1);
    expect(f.counts.terugkoppeling_niet).toBe(1);
    // Discussed 29 June: its five working days run past the end of the period.
    expect(f.counts.terugkoppeling_binnen_termijn).toBe(1);
  });

  it('counts actions due in the period and those done by their due date; monitoring and dropped actions are not owed', () => {
    const f = familyFacts(
      family({
        actions: [
          action({ dueDate: '2026-02-01', status: 'gedaan', doneOn: '2026-01-30' }),
          action({ dueDate: '2026-02-01', status: 'gedaan', doneOn: '2026-02-03' }),
          action({ dueDate: '2026-03-01', status: 'open' }),
          action({ dueDate: '2026-03-01', status: 'vervallen' }),
          action({ kind: 'monitoring', dueDate: '2026-03-01', status: 'open' }),
          action({ dueDate: '2026-08-01', status: 'gedaan', doneOn: '2026-05-01' }),
        ],
      }),
      period,
    );
    expect(f.counts.acties_met_deadline).toBe(3);
    expect(f.counts.acties_op_tijd).toBe(1);
  });

  it('counts required topics still open at the end of the period and a closure through the gate in it', () => {
    const f = familyFacts(
      family({
        requiredTopics: [
          { raisedOn: '2026-01-10', resolvedOn: null },
          { raisedOn: '2026-01-10', resolvedOn: '2026-07-01' },
          { raisedOn: '2026-01-10', resolvedOn: '2026-03-01' },
          { raisedOn: '2026-07-10', resolvedOn: null },
        ],
        closure: { status: 'afgeschaald', closedOn: '2026-05-04' },
      }),
      period,
    );
    expect(f.counts.verplichte_onderwerpen_open).toBe(2);
    expect(f.counts.afgesloten_via_poort).toBe(1);
    expect(familyFacts(family({ closure: { status: 'gesloten', closedOn: '2026-07-04' } }), period).counts.afgesloten_via_poort).toBe(0);
    expect(familyFacts(family({ closure: { status: 'open', closedOn: null } }), period).counts.afgesloten_via_poort).toBe(0);
  });

  it('counts a family whose concern at the end of the period is hoog or acuut, and none below or unassessed', () => {
    expect(familyFacts(family({ concernAtEnd: 'acuut' }), period).counts.zorg_hoog_acuut).toBe(1);
    expect(familyFacts(family({ concernAtEnd: 'hoog' }), period).counts.zorg_hoog_acuut).toBe(1);
    expect(familyFacts(family({ concernAtEnd: 'verhoogd' }), period).counts.zorg_hoog_acuut).toBe(0);
    expect(familyFacts(family({ concernAtEnd: 'laag' }), period).counts.zorg_hoog_acuut).toBe(0);
    expect(familyFacts(family({ concernAtEnd: null }), period).counts.zorg_hoog_acuut).toBe(0);
  });
});
