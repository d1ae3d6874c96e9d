import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DigestItem, QuietFamily } from '../../../../shared/contract/familyPlanChannels';
import { DIGEST_ITEM_KINDS } from '../../../../shared/contract/familyPlanChannels';
import { countsOf, digestFamilies, oncePerKey } from '../../../../shared/digest/digestFamilies';
import { dueDigest } from '../../../../shared/digest/dueDigest';
import { pageOf } from '../../../../shared/paging/page';

const TODAY = { year: 2026, month: 3, day: 2 };
const FAMILIES = ['Gezin De Groot', 'Gezin Mulder', 'Gezin Jacobs', 'Gezin Venema', 'Gezin El Amrani', 'Gezin De Wit'];
const idOf = (name: string) => `00000000-0000-4000-8000-${String(FAMILIES.indexOf(name)).padStart(12, '0')}`;

function item(family: string, key: string, dueDay: string, kind: DigestItem['kind'] = 'actie'): DigestItem {
  return { key, kind, familyId: idOf(family), familyName: family, actionId: null, description: `Afspraak ${key}`, owner: '', dueDay, caseStatus: 'open' };
}

/** The day `n` days before 2 March 2026 (negative: after it, not yet due). */
const daysBefore = (n: number) => new Date(Date.UTC(2026, 2, 2) - n * 86_400_000).toISOString().slice(0, 10);

const anyItem = fc
  .record({
    family: fc.constantFrom(...FAMILIES),
    key: fc.integer({ min: 0, max: 40 }),
    daysBack: fc.integer({ min: -3, max: 60 }),
    kind: fc.constantFrom(...DIGEST_ITEM_KINDS),
  })
  .map(({ family, key, daysBack, kind }) => item(family, `k${key}-${family}`, daysBefore(daysBack), kind));

describe('the digest per family', () => {
  it('lists the feedback one signaller is owed once, however many of its signals were discussed, with the oldest due day', () => {
    const items = [
      item('Gezin Venema', 'signaalgever:venema:obs', '2025-10-17', 'terugkoppeling_ongepland'),
      item('Gezin Venema', 'signaalgever:venema:obs', '2025-10-10', 'terugkoppeling_ongepland'),
      item('Gezin Venema', 'signaalgever:venema:obs', '2025-10-17', 'terugkoppeling_ongepland'),
      item('Gezin Venema', 'signaalgever:venema:jgz', '2025-10-17', 'terugkoppeling_ongepland'),
    ];
    expect(oncePerKey(items).map((i) => [i.key, i.dueDay])).toEqual([
      ['signaalgever:venema:obs', '2025-10-10'],
      ['signaalgever:venema:jgz', '2025-10-17'],
    ]);
  });

  it('gives one line per family with its counts per kind and state, the family with something new first, then the most overdue', () => {
    const fresh = dueDigest([item('Gezin Mulder', 'a', '2026-03-02')], { year: 2026, month: 2, day: 27 }, TODAY);
    const earlier = dueDigest(
      [item('Gezin De Groot', 'b', '2026-02-26'), item('Gezin De Groot', 'c', '2026-02-20'), item('Gezin De Groot', 'd', '2026-02-25', 'terugkoppeling'), item('Gezin Jacobs', 'e', '2026-01-05')],
      { year: 2026, month: 3, day: 2 },
      TODAY,
    );
    const quiet: QuietFamily[] = [{ familyId: idOf('Gezin De Wit'), familyName: 'Gezin De Wit', level: 'hoog', children: ['Sem de Wit'], lastDiscussed: null, days: 50 }];
    const families = digestFamilies([...fresh.fresh, ...earlier.fresh], [...fresh.earlier, ...earlier.earlier], quiet);
    expect(families.map((f) => f.familyName)).toEqual(['Gezin Mulder', 'Gezin Jacobs', 'Gezin De Groot', 'Gezin De Wit']);
    const degroot = families.find((f) => f.familyName === 'Gezin De Groot')!;
    expect(degroot.counts).toEqual([
      { kind: 'actie', state: 'te_laat', count: 2 },
      { kind: 'terugkoppeling', state: 'te_laat', count: 1 },
    ]);
    expect(degroot.entries.map((e) => e.item.key)).toEqual(['c', 'd', 'b']);
    expect(families[0]).toMatchObject({ freshCount: 1, counts: [{ kind: 'actie', state: 'nu', count: 1 }] });
    expect(families.at(-1)).toMatchObject({ entries: [], counts: [], quiet: { level: 'hoog', children: ['Sem de Wit'] } });
  });

  it('pages concatenated are the whole ordered list, each family once, and the counts over the pages add up to the totals', () => {
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (items, limit) => {
        const digest = dueDigest(oncePerKey(items), null, TODAY);
        const whole = digestFamilies(digest.fresh, digest.earlier, []);
        const pages = [];
        for (let offset = 0; offset < whole.length; offset += limit) pages.push(pageOf(whole, { offset, limit }));
        const joined = pages.flatMap((p) => p.rows);
        expect(joined).toEqual(whole);
        expect(new Set(joined.map((f) => f.familyId)).size).toBe(joined.length);
        expect(pages.every((p) => p.total === whole.length)).toBe(true);
        // Every item once: no key twice, and the counts of all families are the totals over every item.
        const keys = joined.flatMap((f) => f.entries.map((e) => e.item.key));
        expect(new Set(keys).size).toBe(keys.length);
        const perFamily = joined.flatMap((f) => f.counts).reduce((n, c) => n + c.count, 0);
        expect(perFamily).toBe(countsOf([...digest.fresh, ...digest.earlier]).reduce((n, c) => n + c.count, 0));
        expect(perFamily).toBe(digest.fresh.length + digest.earlier.length);
      }),
      { numRuns: 200 },
    );
  });
});
