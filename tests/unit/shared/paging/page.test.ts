import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageRequest, pageOf } from '../../../../shared/paging/page';

describe('a page of a computed list', () => {
  it('pages taken one after another give back the whole list in order, nothing twice, each with the whole total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (rows, limit) => {
        const joined: number[] = [];
        for (let offset = 0; offset < rows.length; offset += limit) {
          const page = pageOf(rows, { offset, limit });
          expect(page.total).toBe(rows.length);
          expect(page.rows.length).toBe(Math.min(limit, rows.length - offset));
          joined.push(...page.rows);
        }
        expect(joined).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('past the end is an empty page that still says how many there are', () => {
    expect(pageOf(['a', 'b'], { offset: 20, limit: 20 })).toEqual({ rows: [], total: 2, offset: 20 });
  });

  it('refuses a page of nothing, a page larger than a hundred and a negative offset', () => {
    expect(PageRequest.safeParse({ offset: 0, limit: 0 }).success).toBe(false);
    expect(PageRequest.safeParse({ offset: 0, limit: 101 }).success).toBe(false);
    expect(PageRequest.safeParse({ offset: -1, limit: 20 }).success).toBe(false);
    expect(PageRequest.safeParse({ offset: 40, limit: 20 }).success).toBe(true);
  });
});
