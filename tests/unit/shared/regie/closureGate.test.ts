import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import { RISK_LEVELS, levelRank } from '../../../../shared/instrument/assessmentRecords';
import { concernLevel, familyConcernOf, NO_CONCERN, type ChildConcern } from '../../../../shared/instrument/familyConcern';
import { closureGate, describeMissingInDutch, type GateInput } from '../../../../shared/regie/closureGate';

const today = parseCalendarDay('2026-11-28')!;
const noor = { id: 'c1', name: 'Noor Bakker' };
const daan = { id: 'c2', name: 'Daan Bakker' };
const contact = (memberId: string, date: string | null) => ({
  memberId,
  date,
  seenBy: 'Ilse Wiersma (JGZ Drenthe)',
  observation: 'Vrolijk, vertelt open over thuis.',
  keepsSafe: 'Oma woont in, vader is in behandeling.',
});
const concernOfChild = (id: string, name: string, now: ChildConcern['now'], future: ChildConcern['future'], reportingOpen = false): ChildConcern => ({
  childId: id,
  childName: name,
  assessmentId: '00000000-0000-4000-8000-0000000000aa',
  assessedOn: '2026-11-10',
  now,
  future,
  level: concernLevel({ now, future }),
  flags: [],
  reportingOpen,
  suspicion: false,
  openTerms: [],
});
const complete: GateInput = {
  safetyJudgement: 'Beide kinderen zijn veilig; de spanningen thuis zijn afgenomen.',
  safetyJudgementDate: '2026-11-20',
  children: [noor, daan],
  childrenSeen: [contact('c1', '2026-11-18'), contact('c2', '2026-11-19')],
  monitoring: [{ id: 'a1', description: 'JGZ volgt bij het volgende consult', status: 'open', ownerProfessionalId: 'p1', ownerOrganisationId: 'o1' }],
  concern: familyConcernOf([concernOfChild('c1', 'Noor Bakker', 'laag', 'verhoogd'), concernOfChild('c2', 'Daan Bakker', 'laag', 'laag')]),
  openTopics: [],
  openActions: [],
  feedbackOpen: [],
  contactWeeks: 6,
  today,
};

describe('closure gate (omgekeerde bewijslast)', () => {
  it('opens when judgement, date, every child recently seen by a named professional and an owned monitoring agreement are there', () => {
    expect(closureGate(complete)).toEqual({ allowed: true, missing: [] });
  });

  it('says exactly what is missing on an empty case', () => {
    const r = closureGate({ ...complete, safetyJudgement: '  ', safetyJudgementDate: null, childrenSeen: [], monitoring: [] });
    expect(r.allowed).toBe(false);
    expect(r.missing).toEqual([
      { code: 'safety_judgement' },
      { code: 'safety_judgement_date' },
      { code: 'child_seen', memberId: 'c1', name: 'Noor Bakker' },
      { code: 'child_seen', memberId: 'c2', name: 'Daan Bakker' },
      { code: 'monitoring' },
    ]);
    expect(describeMissingInDutch(r.missing)).toContain('de datum waarop Daan Bakker is gezien en gesproken');
  });

  it('refuses dates in the future, a family without a registered child, and agreements without owner', () => {
    expect(closureGate({ ...complete, safetyJudgementDate: '2026-11-29' }).missing).toEqual([{ code: 'safety_judgement_date_future' }]);
    expect(closureGate({ ...complete, childrenSeen: [contact('c1', '2026-12-01'), contact('c2', '2026-11-19')] }).missing).toEqual([
      { code: 'child_seen_future', memberId: 'c1', name: 'Noor Bakker' },
    ]);
    expect(closureGate({ ...complete, children: [], childrenSeen: [] }).missing).toEqual([{ code: 'no_children' }]);
    const unowned = { id: 'a2', description: 'Huisarts let op', status: 'open' as const, ownerProfessionalId: null, ownerOrganisationId: null };
    expect(closureGate({ ...complete, monitoring: [...complete.monitoring, unowned] }).missing).toEqual([
      { code: 'monitoring_owner', actionId: 'a2', description: 'Huisarts let op' },
    ]);
  });

  it('does not count a lapsed (vervallen) agreement as monitoring', () => {
    const lapsed = complete.monitoring.map((m) => ({ ...m, status: 'vervallen' as const }));
    expect(closureGate({ ...complete, monitoring: lapsed }).missing).toEqual([{ code: 'monitoring' }]);
  });

  it('is open exactly when nothing is missing, and each missing item names a real gap (property)', () => {
    const date = fc.constantFrom('2026-10-16', '2026-10-17', '2026-11-01', '2026-11-28', '2026-11-29', '2027-01-01', 'geen');
    const input = fc.record({
      safetyJudgement: fc.constantFrom('', '   ', 'veilig'),
      safetyJudgementDate: fc.option(date, { nil: null }),
      seen: fc.array(fc.tuple(fc.constantFrom('c1', 'c2', 'c3'), date), { maxLength: 4 }),
      childCount: fc.integer({ min: 0, max: 3 }),
      monitoring: fc.array(
        fc.record({
          id: fc.uuid(),
          description: fc.string(),
          status: fc.constantFrom('open' as const, 'gedaan' as const, 'vervallen' as const),
          ownerProfessionalId: fc.option(fc.constant('p'), { nil: null }),
          ownerOrganisationId: fc.option(fc.constant('o'), { nil: null }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(input, (i) => {
        const children = [noor, daan, { id: 'c3', name: 'Sem Bakker' }].slice(0, i.childCount);
        const childrenSeen = i.seen.map(([memberId, d]) => contact(memberId, d));
        const r = closureGate({ ...complete, safetyJudgement: i.safetyJudgement, safetyJudgementDate: i.safetyJudgementDate, children, childrenSeen, monitoring: i.monitoring, concern: NO_CONCERN });
        expect(r.allowed).toBe(r.missing.length === 0);
        const judgementOk = i.safetyJudgement.trim() !== '';
        const dateOk = i.safetyJudgementDate !== null && i.safetyJudgementDate !== 'geen' && i.safetyJudgementDate <= '2026-11-28';
        const seenOk = (id: string) => {
          const s = childrenSeen.find((c) => c.memberId === id);
          // Seen at most six weeks before today (2026-10-17 … 2026-11-28).
          return s !== undefined && s.date !== null && s.date !== 'geen' && s.date <= '2026-11-28' && s.date >= '2026-10-17';
        };
        const live = i.monitoring.filter((m) => m.status !== 'vervallen');
        const monitoringOk = live.length > 0 && live.every((m) => m.ownerProfessionalId !== null || m.ownerOrganisationId !== null);
        expect(r.allowed).toBe(judgementOk && dateOk && children.length > 0 && children.every((c) => seenOk(c.id)) && monitoringOk);
      }),
    );
  });

  it('refuses whenever any child of 1–4 is at hoog or acuut or has an open reporting decision, naming each such child (property)', () => {
    const kids = [noor, daan, { id: 'c3', name: 'Sem Bakker' }, { id: 'c4', name: 'Lotte Bakker' }];
    const childState = fc.record({ now: fc.constantFrom(...RISK_LEVELS), future: fc.constantFrom(...RISK_LEVELS), reportingOpen: fc.boolean() });
    fc.assert(
      fc.property(fc.array(childState, { minLength: 1, maxLength: 4 }), (states) => {
        const children = kids.slice(0, states.length);
        const concerns = states.map((st, i) => concernOfChild(children[i]!.id, children[i]!.name, st.now, st.future, st.reportingOpen));
        const r = closureGate({
          ...complete,
          children,
          childrenSeen: children.map((c) => contact(c.id, '2026-11-20')),
          concern: familyConcernOf(concerns),
        });
        const high = concerns.filter((c) => levelRank(c.level) >= levelRank('hoog'));
        const reporting = concerns.filter((c) => c.reportingOpen);
        expect(r.allowed).toBe(high.length === 0 && reporting.length === 0);
        expect(r.missing.filter((m) => m.code === 'risk_level').map((m) => ('memberId' in m ? m.memberId : '')).sort()).toEqual(high.map((c) => c.childId).sort());
        expect(r.missing.filter((m) => m.code === 'reporting_open').map((m) => ('memberId' in m ? m.memberId : '')).sort()).toEqual(reporting.map((c) => c.childId).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('names the older child at acuut although the younger was assessed later at laag', () => {
    const daanAcute = { ...concernOfChild('c2', 'Daan Bakker', 'acuut', 'hoog'), assessedOn: '2026-11-01' };
    const noorLater = { ...concernOfChild('c1', 'Noor Bakker', 'laag', 'laag'), assessedOn: '2026-11-20' };
    const r = closureGate({ ...complete, concern: familyConcernOf([noorLater, daanAcute]) });
    expect(r.missing).toEqual([{ code: 'risk_level', memberId: 'c2', name: 'Daan Bakker', level: 'acuut' }]);
    expect(describeMissingInDutch(r.missing)).toBe('Nog nodig: een nieuwe risicotaxatie van Daan Bakker: de laatste zegt nog zorg acuut.');
  });

  it('asks for recent contact by a named professional, what was seen and what keeps each child safe', () => {
    const old = { ...contact('c1', '2026-10-01') };
    const anonymous = { ...contact('c2', '2026-11-20'), seenBy: '', observation: ' ', keepsSafe: '' };
    expect(closureGate({ ...complete, childrenSeen: [old, anonymous] }).missing).toEqual([
      { code: 'child_seen_stale', memberId: 'c1', name: 'Noor Bakker', date: '2026-10-01', weeks: 6 },
      { code: 'child_seen_by', memberId: 'c2', name: 'Daan Bakker' },
      { code: 'child_seen_observation', memberId: 'c2', name: 'Daan Bakker' },
      { code: 'child_keeps_safe', memberId: 'c2', name: 'Daan Bakker' },
    ]);
    // A contact recorded before these fields existed holds only a day: the gate names what is missing.
    expect(closureGate({ ...complete, childrenSeen: [{ memberId: 'c1', date: '2026-11-20' }, contact('c2', '2026-11-20')], contactWeeks: 12 }).missing.map((m) => m.code)).toEqual([
      'child_seen_by',
      'child_seen_observation',
      'child_keeps_safe',
    ]);
    expect(closureGate({ ...complete, childrenSeen: [old, contact('c2', '2026-11-20')], contactWeeks: 12 }).allowed).toBe(true);
  });

  it('waits for open required topics, open actions not carried over and terugkoppeling still owed', () => {
    const r = closureGate({
      ...complete,
      openTopics: [{ id: 't1', topic: 'kindveiligheid', childName: 'Noor Bakker' }],
      openActions: [
        { id: 'x1', description: 'Aanmelden bij schuldhulp', carryOverReason: '' },
        { id: 'x2', description: 'Gesprek met vader', carryOverReason: 'Loopt door bij het wijkteam, dat de casus na afsluiten houdt.' },
      ],
      feedbackOpen: [{ key: 'f1', description: 'Terugkoppeling aan OBS De Regenboog' }],
    });
    expect(r.missing).toEqual([
      { code: 'required_topic', topicId: 't1', topic: 'kindveiligheid', name: 'Noor Bakker' },
      { code: 'open_action', actionId: 'x1', description: 'Aanmelden bij schuldhulp' },
      { code: 'feedback_open', key: 'f1', description: 'Terugkoppeling aan OBS De Regenboog' },
    ]);
    expect(describeMissingInDutch(r.missing)).toContain('het verplichte agendapunt kindveiligheid (Kindcheck) (Noor Bakker)');
  });
});
