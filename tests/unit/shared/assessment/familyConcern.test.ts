import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRank, RISK_LEVELS, type RiskLevel } from '../../../../shared/instrument/assessmentRecords';
import {
  concernLevel,
  familyConcernOf,
  latestPerChild,
  reportingOpen,
  suspicionAbout,
  type ChildConcern,
} from '../../../../shared/instrument/familyConcern';

const CHILDREN = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Daan Veenstra' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Noor Veenstra' },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Sem Veenstra' },
  { id: '00000000-0000-4000-8000-000000000004', name: 'Lotte Veenstra' },
];

interface Assessed {
  id: string;
  childId: string;
  childName: string;
  assessedOn: string;
  createdAt: string;
  now: RiskLevel;
  future: RiskLevel;
}

const level = fc.constantFrom(...RISK_LEVELS);
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);

/** A family of 1–4 children, each assessed 1–4 times, in a random order of entry. */
const family = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.array(
      fc.record({ child: fc.integer({ min: 0, max: n - 1 }), day, minute: fc.integer({ min: 0, max: 59 }), now: level, future: level }),
      { minLength: n, maxLength: 4 * n },
    ),
  )
  .chain((rows) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))
  .map((rows) =>
    rows.map(
      (r, i): Assessed => ({
        id: `a${String(i).padStart(3, '0')}`,
        childId: CHILDREN[r.child]!.id,
        childName: CHILDREN[r.child]!.name,
        assessedOn: r.day,
        createdAt: `2026-04-01T09:${String(r.minute).padStart(2, '0')}:00.000Z`,
        now: r.now,
        future: r.future,
      }),
    ),
  );

function concernOf(a: Assessed): ChildConcern {
  return {
    childId: a.childId,
    childName: a.childName,
    assessmentId: '00000000-0000-4000-8000-0000000000aa',
    assessedOn: a.assessedOn,
    now: a.now,
    future: a.future,
    level: concernLevel(a),
    flags: [],
    reportingOpen: false,
    suspicion: false,
    openTerms: [],
  };
}

/** The latest of one child's assessments, found by brute force: later day, then later entry, then id. */
function bruteLatest(all: readonly Assessed[], childId: string): Assessed {
  const own = all.filter((a) => a.childId === childId);
  return own.reduce((best, a) =>
    a.assessedOn > best.assessedOn || (a.assessedOn === best.assessedOn && (a.createdAt > best.createdAt || (a.createdAt === best.createdAt && a.id > best.id))) ? a : best,
  );
}

describe("the family's concern: the highest of each child's own latest assessment", () => {
  it('is the maximum over each child latest, named with its child, whatever order the assessments come in (property)', () => {
    fc.assert(
      fc.property(family, (assessments) => {
        const latest = latestPerChild(assessments);
        const childIds = [...new Set(assessments.map((a) => a.childId))];
        expect(latest.map((a) => a.childId).sort()).toEqual(childIds.sort());
        for (const a of latest) expect(a).toEqual(bruteLatest(assessments, a.childId));

        const concern = familyConcernOf(latest.map(concernOf));
        const expected = childIds.map((id) => concernLevel(bruteLatest(assessments, id))).reduce((m, l) => (levelRank(l) > levelRank(m) ? l : m));
        expect(concern.level).toBe(expected);
        expect(concern.highest.length).toBeGreaterThan(0);
        for (const c of concern.highest) expect(concernLevel(bruteLatest(assessments, c.childId))).toBe(expected);
        // Every assessed child is listed once, highest first.
        expect(concern.children.map((c) => c.childId).sort()).toEqual(childIds.sort());
        const ranks = concern.children.map((c) => levelRank(c.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it('a reassessment of one child replaces only that child own earlier one (property)', () => {
    fc.assert(
      fc.property(family, level, level, (assessments, now, future) => {
        const target = assessments[0]!;
        const later: Assessed = { ...target, id: 'zzz', assessedOn: '2026-03-29', createdAt: '2026-04-02T08:00:00.000Z', now, future };
        const before = new Map(latestPerChild(assessments).map((a) => [a.childId, a]));
        const after = new Map(latestPerChild([...assessments, later]).map((a) => [a.childId, a]));
        expect(after.get(target.childId)).toEqual(later);
        for (const [childId, a] of before) if (childId !== target.childId) expect(after.get(childId)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('a sibling assessed later at laag never hides a brother at acuut', () => {
    const daan: Assessed = { id: 'a1', childId: CHILDREN[0]!.id, childName: 'Daan Veenstra', assessedOn: '2026-03-02', createdAt: '2026-03-02T09:00:00.000Z', now: 'acuut', future: 'acuut' };
    const noor: Assessed = { id: 'a2', childId: CHILDREN[1]!.id, childName: 'Noor Veenstra', assessedOn: '2026-03-09', createdAt: '2026-03-09T09:00:00.000Z', now: 'laag', future: 'laag' };
    const concern = familyConcernOf(latestPerChild([daan, noor]).map(concernOf));
    expect(concern.level).toBe('acuut');
    expect(concern.highest.map((c) => c.childName)).toEqual(['Daan Veenstra']);
    expect(concern.children.map((c) => [c.childName, c.level])).toEqual([
      ['Daan Veenstra', 'acuut'],
      ['Noor Veenstra', 'laag'],
    ]);
  });

  it('an old assessment typed in afterwards does not replace a newer one of the same child', () => {
    const recent: Assessed = { id: 'a1', childId: CHILDREN[0]!.id, childName: 'Daan', assessedOn: '2026-03-10', createdAt: '2026-03-10T09:00:00.000Z', now: 'hoog', future: 'hoog' };
    const backfilled: Assessed = { ...recent, id: 'a2', assessedOn: '2026-01-15', createdAt: '2026-03-11T09:00:00.000Z', now: 'laag', future: 'laag' };
    expect(latestPerChild([recent, backfilled])).toEqual([recent]);
  });
});

describe('a suspicion about a child (afweging question 1)', () => {
  const ja = (professional: string, date: string) => ({ professional, answer: 'ja' as const, date, recordedAt: `${date}T10:00:00.000Z` });
  const nee = (professional: string, date: string) => ({ professional, answer: 'nee' as const, date, recordedAt: `${date}T10:00:00.000Z` });

  it("stands until the same professional's later answer is nee", () => {
    expect(suspicionAbout([ja('ib|school', '2026-03-01')])).toBe(true);
    expect(suspicionAbout([ja('ib|school', '2026-03-01'), nee('ib|school', '2026-03-05')])).toBe(false);
    expect(suspicionAbout([ja('ib|school', '2026-03-01'), nee('jgz|verpleegkundige', '2026-03-05')])).toBe(true);
    expect(suspicionAbout([nee('ib|school', '2026-03-05'), ja('ib|school', '2026-03-01')])).toBe(false);
  });
});

describe('a reporting decision', () => {
  it('is settled only by a report made on or after the day of the assessment that opened it', () => {
    const assessed = 20_000;
    expect(reportingOpen(['meldnorm'], assessed, [])).toBe(true);
    expect(reportingOpen(['meldnorm'], assessed, [assessed - 400])).toBe(true);
    expect(reportingOpen(['afweging_melden'], assessed, [assessed - 1, assessed])).toBe(false);
    expect(reportingOpen(['stapeling'], assessed, [])).toBe(false);
  });
});
