import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../../../../shared/instrument/assessmentRecords';
import type { ChildConcern } from '../../../../shared/instrument/familyConcern';
import { byConcernFirst, byDueDate, concernRank, passedTerms, rowConcern, type RowConcern } from '../../../../shared/regie/concernOrder';

const level = fc.constantFrom(null, ...RISK_LEVELS);
const row = fc.record({ concern: level.map((l): RowConcern => ({ level: l, children: [] })), due: fc.option(fc.constantFrom('2026-10-01', '2026-11-01', '2026-11-20', '2026-12-04'), { nil: null }) });

const child = (over: Partial<ChildConcern>): ChildConcern => ({
  childId: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51',
  childName: 'Daan Hoekstra',
  assessmentId: '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51',
  assessedOn: '2026-09-01',
  now: 'acuut',
  future: 'acuut',
  level: 'acuut',
  flags: [],
  reportingOpen: false,
  suspicion: false,
  openTerms: [],
  ...over,
});

describe('follow-up lists in order of concern', () => {
  it('puts the highest concern first (acuut, hoog, verhoogd, laag, none), then the earliest due date, and loses no row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (drawn) => {
        const rows = drawn.map((r, n) => ({ ...r, n }));
        const sorted = byConcernFirst(rows, (r) => r.concern, (a, b) => byDueDate(a.due, b.due));
        expect([...sorted].sort((a, b) => a.n - b.n)).toEqual([...rows].sort((a, b) => a.n - b.n));
        for (let i = 1; i < sorted.length; i += 1) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const ra = concernRank(a.concern.level);
          const rb = concernRank(b.concern.level);
          expect(ra).toBeGreaterThanOrEqual(rb);
          if (ra === rb) expect(byDueDate(a.due, b.due)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the order rows came in within one level when nothing else is given', () => {
    const rows = [
      { name: 'Gezin Bakker', concern: rowConcern(undefined) },
      { name: 'Gezin Jansen', concern: { level: 'laag' as const, children: [] } },
      { name: 'Gezin Mulder', concern: { level: 'laag' as const, children: [] } },
      { name: 'Gezin Hoekstra', concern: { level: 'acuut' as const, children: [] } },
    ];
    expect(byConcernFirst(rows, (r) => r.concern).map((r) => r.name)).toEqual(['Gezin Hoekstra', 'Gezin Jansen', 'Gezin Mulder', 'Gezin Bakker']);
  });

  it('names the family’s concern with the child at the highest level, not the child assessed last', () => {
    const daan = child({});
    const sophie = child({ childId: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52', childName: 'Sophie Hoekstra', assessedOn: '2026-10-15', now: 'laag', future: 'laag', level: 'laag' });
    expect(rowConcern({ level: 'acuut', highest: [daan], children: [daan, sophie] })).toEqual({ level: 'acuut', children: [{ childId: daan.childId, childName: 'Daan Hoekstra' }] });
  });

  it('lists a term only once it lies before today, oldest first', () => {
    const daan = child({ openTerms: [{ professional: 'Marieke Postma', term: '2026-11-01' }, { professional: 'Joost Kuipers', term: '2026-12-15' }] });
    const sophie = child({ childName: 'Sophie Hoekstra', openTerms: [{ professional: 'Marieke Postma', term: '2026-10-20' }] });
    const concern = { level: 'acuut' as const, highest: [daan], children: [daan, sophie] };
    expect(passedTerms(concern, '2026-11-01').map((t) => [t.childName, t.term])).toEqual([['Sophie Hoekstra', '2026-10-20']]);
    expect(passedTerms(concern, '2026-11-02').map((t) => [t.childName, t.professional])).toEqual([
      ['Sophie Hoekstra', 'Marieke Postma'],
      ['Daan Hoekstra', 'Marieke Postma'],
    ]);
  });
});
