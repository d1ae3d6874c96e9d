import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import { closureGate, describeMissingInDutch, type GateInput } from '../../../../shared/regie/closureGate';

const today = parseCalendarDay('2026-11-28')!;
const noor = { id: 'c1', name: 'Noor Bakker' };
const daan = { id: 'c2', name: 'Daan Bakker' };
const complete: GateInput = {
  safetyJudgement: 'Beide kinderen zijn veilig; de spanningen thuis zijn afgenomen.',
  safetyJudgementDate: '2026-11-20',
  children: [noor, daan],
  childrenSeen: [
    { memberId: 'c1', date: '2026-11-18' },
    { memberId: 'c2', date: '2026-11-19' },
  ],
  monitoring: [{ id: 'a1', description: 'JGZ volgt bij het volgende consult', status: 'open', ownerProfessionalId: 'p1', ownerOrganisationId: 'o1' }],
  latestLevels: { now: 'laag', future: 'verhoogd' },
  reportingOpen: false,
  today,
};

describe('closure gate (omgekeerde bewijslast)', () => {
  it('opens when judgement, date, every child seen and an owned monitoring agreement are there', () => {
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
    expect(closureGate({ ...complete, childrenSeen: [{ memberId: 'c1', date: '2026-12-01' }, { memberId: 'c2', date: '2026-11-19' }] }).missing).toEqual([
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
    const date = fc.constantFrom('2026-11-01', '2026-11-28', '2026-11-29', '2027-01-01', 'geen');
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
        const childrenSeen = i.seen.map(([memberId, d]) => ({ memberId, date: d }));
        const r = closureGate({ safetyJudgement: i.safetyJudgement, safetyJudgementDate: i.safetyJudgementDate, children, childrenSeen, monitoring: i.monitoring, latestLevels: null, reportingOpen: false, today });
        expect(r.allowed).toBe(r.missing.length === 0);
        const judgementOk = i.safetyJudgement.trim() !== '';
        const dateOk = i.safetyJudgementDate !== null && i.safetyJudgementDate !== 'geen' && i.safetyJudgementDate <= '2026-11-28';
        const seenOk = (id: string) => {
          const s = childrenSeen.find((c) => c.memberId === id);
          return s !== undefined && s.date !== 'geen' && s.date <= '2026-11-28';
        };
        const live = i.monitoring.filter((m) => m.status !== 'vervallen');
        const monitoringOk = live.length > 0 && live.every((m) => m.ownerProfessionalId !== null || m.ownerOrganisationId !== null);
        expect(r.allowed).toBe(judgementOk && dateOk && children.length > 0 && children.every((c) => seenOk(c.id)) && monitoringOk);
      }),
    );
  });

  it('refuses a case whose latest risk is hoog or acuut, or whose reporting decision is open, whatever else is complete', () => {
    const levels = ['laag', 'verhoogd', 'hoog', 'acuut'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), fc.boolean(), (now, future, reportingOpen) => {
        const r = closureGate({ ...complete, latestLevels: { now, future }, reportingOpen });
        const high = [now, future].some((l) => l === 'hoog' || l === 'acuut');
        expect(r.allowed).toBe(!high && !reportingOpen);
        expect(r.missing.some((m) => m.code === 'risk_level')).toBe(high);
        expect(r.missing.some((m) => m.code === 'reporting_open')).toBe(reportingOpen);
      }),
    );
    const acute = closureGate({ ...complete, latestLevels: { now: 'hoog', future: 'acuut' } });
    expect(acute.missing).toEqual([{ code: 'risk_level', level: 'acuut' }]);
    expect(describeMissingInDutch(acute.missing)).toBe('Nog nodig: een nieuwe risicotaxatie: de laatste zegt nog risico acuut.');
  });
});
