import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSignals, signalWarnings } from '../../../../shared/timeline/timelineSignals';
import { createTimelineWorkload } from '../../../../shared/timeline/timelineWorkload';
import { ev, ORG, referral } from './eventFactory';

const today = '2024-12-01';

describe('ping-pong', () => {
  it('sees CJG → wijkteam → CJG within six months', () => {
    const there = referral('2024-03-01', ORG.cjg, ORG.wijkteam);
    const back = referral('2024-04-15', ORG.wijkteam, ORG.cjg, 'teruggelegd');
    const s = computeSignals([there, back, referral('2024-05-01', ORG.cjg, ORG.veiligThuis)], { today });
    expect(s.pingPong.detected).toBe(true);
    expect(s.pingPong.episodes).toEqual([{ kind: 'heen_en_terug', eventIds: [there.id, back.id], organisationIds: [ORG.cjg, ORG.wijkteam] }]);
  });

  it('does not call a return after more than the window ping-pong', () => {
    const s = computeSignals([referral('2023-01-01', ORG.cjg, ORG.wijkteam), referral('2023-09-01', ORG.wijkteam, ORG.cjg)], { today });
    expect(s.pingPong.detected).toBe(false);
  });

  it('honours a configured window', () => {
    const events = [referral('2023-01-01', ORG.cjg, ORG.wijkteam), referral('2023-09-01', ORG.wijkteam, ORG.cjg)];
    expect(computeSignals(events, { today, pingPongWindowDays: 365 }).pingPong.detected).toBe(true);
  });

  it('counts two refused or returned referrals within the window as ping-pong, one as not', () => {
    const one = referral('2024-02-01', ORG.cjg, ORG.wijkteam, 'afgewezen');
    const two = referral('2024-05-01', ORG.cjg, ORG.veiligThuis, 'afgewezen');
    expect(computeSignals([one], { today }).pingPong.detected).toBe(false);
    const s = computeSignals([one, two], { today });
    expect(s.pingPong.episodes).toEqual([{ kind: 'terugverwezen', eventIds: [one.id, two.id], organisationIds: [ORG.cjg, ORG.wijkteam, ORG.veiligThuis].sort() }]);
  });
});

describe('waiting for help and ownership', () => {
  it('counts days from the first signal to the start of help', () => {
    const s = computeSignals(
      [ev({ type: 'signaal', date: '2024-01-10', organisationId: ORG.school }), ev({ type: 'hulp_gestart', date: '2024-03-10', organisationId: ORG.wijkteam })],
      { today },
    );
    expect(s.signalToHelp).toMatchObject({ days: 60, stillWaiting: false });
  });

  it('keeps counting while help has not started', () => {
    const s = computeSignals([ev({ type: 'signaal', date: '2024-11-01' })], { today });
    expect(s.signalToHelp).toMatchObject({ days: 30, stillWaiting: true });
    expect(signalWarnings(s)).toContainEqual({ kind: 'wacht_op_hulp', days: 30 });
  });

  it('counts days without an organisation that accepted the case, also after a return', () => {
    const s = computeSignals(
      [
        ev({ type: 'signaal', date: '2024-01-01', organisationId: ORG.school }),
        referral('2024-01-11', ORG.school, ORG.wijkteam, 'geaccepteerd'),
        referral('2024-02-10', ORG.wijkteam, ORG.school, 'teruggelegd'),
        referral('2024-02-20', ORG.school, ORG.cjg, 'geaccepteerd'),
      ],
      { today },
    );
    // 10 days before the wijkteam accepted + 10 days after it gave the case back.
    expect(s.withoutOwner).toEqual({ days: 20, now: false });
  });

  it('says the case has no owner now when nobody accepted it', () => {
    const s = computeSignals([ev({ type: 'signaal', date: '2024-11-21' }), referral('2024-11-22', ORG.cjg, ORG.wijkteam)], { today });
    expect(s.withoutOwner).toEqual({ days: 10, now: true });
  });
});

describe('stagnation, regie and care avoidance', () => {
  it('flags a referral sent more than 14 days ago that nobody answered', () => {
    const open = referral('2024-11-01', ORG.cjg, ORG.wijkteam);
    const recent = referral('2024-11-25', ORG.cjg, ORG.veiligThuis);
    const s = computeSignals([open, recent], { today });
    expect(s.stagnation.openReferrals).toEqual([{ eventId: open.id, daysSinceUpdate: 30 }]);
    expect(computeSignals([open, recent], { today, stagnationDays: 40 }).stagnation.detected).toBe(false);
  });

  it('does not flag a referral the receiver acted on', () => {
    const s = computeSignals([referral('2024-10-01', ORG.cjg, ORG.wijkteam), ev({ type: 'hulp_gestart', date: '2024-10-20', organisationId: ORG.wijkteam })], { today });
    expect(s.stagnation.openReferrals).toEqual([]);
  });

  it('reports a waiting list until help starts', () => {
    const waiting = ev({ type: 'stagnatie', date: '2024-06-01', stagnationReason: 'wachtlijst' });
    expect(computeSignals([waiting], { today }).stagnation.reported).toEqual([{ eventId: waiting.id, reason: 'wachtlijst' }]);
    expect(computeSignals([waiting, ev({ type: 'hulp_gestart', date: '2024-07-01' })], { today }).stagnation.detected).toBe(false);
  });

  it('counts changes of regisseur', () => {
    const s = computeSignals(
      [1, 2, 3].map((m) => ev({ type: 'regiewissel', date: `2024-0${m}-01`, organisationId: ORG.cjg, toOrganisationId: ORG.wijkteam })),
      { today },
    );
    expect(s.regieChanges).toBe(3);
    expect(signalWarnings(s)).toContainEqual({ kind: 'regiewissels', count: 3 });
  });

  it('sees repeated no-shows and refusals as care avoidance', () => {
    const a = ev({ type: 'niet_verschenen', date: '2024-02-01' });
    const b = ev({ type: 'stagnatie', date: '2024-03-01', stagnationReason: 'gezin_weigert' });
    expect(computeSignals([a], { today }).careAvoidance.detected).toBe(false);
    expect(computeSignals([a, b], { today }).careAvoidance).toEqual({ detected: true, count: 2, eventIds: [a.id, b.id] });
  });
});

describe('properties', () => {
  const workload = createTimelineWorkload(120, 3);
  it('reordering the events never changes any signal', () => {
    const expected = computeSignals(workload.events, { today: workload.today });
    fc.assert(
      fc.property(fc.shuffledSubarray(workload.events, { minLength: workload.events.length, maxLength: workload.events.length }), (shuffled) => {
        expect(computeSignals(shuffled, { today: workload.today })).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('reordering a small random history never changes any signal', () => {
    const orgs = [ORG.cjg, ORG.wijkteam, ORG.veiligThuis];
    const eventArb = fc.record({
      kind: fc.constantFrom('verwijzing', 'hulp_gestart', 'signaal', 'niet_verschenen', 'regiewissel', 'stagnatie'),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      coarse: fc.constantFrom('', 'maand', 'jaar'),
      from: fc.constantFrom(...orgs),
      to: fc.constantFrom(...orgs),
      status: fc.constantFrom('verstuurd', 'geaccepteerd', 'teruggelegd', 'afgewezen'),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), fc.integer(), (specs, seed) => {
        const events = specs.map((x) => {
          const day = `2024-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;
          const date = x.coarse === 'maand' ? day.slice(0, 7) : x.coarse === 'jaar' ? '2024' : day;
          return x.kind === 'verwijzing'
            ? referral(date, x.from, x.to === x.from ? ORG.school : x.to, x.status as 'verstuurd')
            : ev({ type: x.kind as 'signaal', date, organisationId: x.from, toOrganisationId: x.kind === 'regiewissel' ? x.to : null });
        });
        const shuffled = [...events].sort((a, b) => ((a.sortKey * 31 + seed) % 97) - ((b.sortKey * 31 + seed) % 97) || (a.id < b.id ? 1 : -1));
        expect(computeSignals(shuffled, { today })).toEqual(computeSignals(events, { today }));
      }),
      { numRuns: 300 },
    );
  });
});
