import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells, type LinkedSet } from '../../../../shared/reporting/suppression';

describe('small-number suppression', () => {
  it('shows counts from the threshold up and zero, hides 1 to threshold−1', () => {
    expect(suppressCells([0, 1, 4, 5, 12], [], 5)).toEqual(['zichtbaar', 'klein', 'klein', 'zichtbaar', 'zichtbaar']);
  });

  it('hides a second part when one small part could be worked out from the total', () => {
    // 2 + 9 + 30 = 41: with only "2" hidden, 41 − 9 − 30 gives it away; the smallest other part goes too.
    const status = suppressCells([2, 9, 30, 41], [{ parts: [0, 1, 2], total: 3 }], 5);
    expect(status).toEqual(['klein', 'afgeschermd', 'zichtbaar', 'zichtbaar']);
  });

  it('hides the total when the small part is the only part', () => {
    expect(suppressCells([3, 3], [{ parts: [0], total: 1 }], 5)).toEqual(['klein', 'klein']);
    expect(suppressCells([0, 7, 7], [{ parts: [0, 1], total: 2 }], 5)).toEqual(['zichtbaar', 'zichtbaar', 'zichtbaar']);
  });

  it('settles rows and columns together (a cell hidden for a row can open a column)', () => {
    // Two groups × two parts with row totals and column totals.
    //        a    b   | row
    // g1     2   10   | 12
    // g2     8   20   | 28
    // col   10   30   | 40
    const v = [2, 10, 12, 8, 20, 28, 10, 30, 40];
    const sets: LinkedSet[] = [
      { parts: [0, 1], total: 2 },
      { parts: [3, 4], total: 5 },
      { parts: [0, 3], total: 6 },
      { parts: [1, 4], total: 7 },
      { parts: [2, 5], total: 8 },
      { parts: [6, 7], total: 8 },
    ];
    const status = suppressCells(v, sets, 5);
    for (const s of sets) {
      const hidden = [...s.parts, s.total].filter((i) => status[i] !== 'zichtbaar').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
    expect(status[0]).toBe('klein');
  });

  it('property: no small count is shown, nothing else changes value, and no linked set has exactly one hidden cell', () => {
    const table = fc
      .record({ groups: fc.integer({ min: 1, max: 6 }), parts: fc.integer({ min: 1, max: 5 }), threshold: fc.integer({ min: 3, max: 10 }) })
      .chain(({ groups, parts, threshold }) =>
        fc.record({
          threshold: fc.constant(threshold),
          cells: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 200 })), { minLength: parts, maxLength: parts }), {
            minLength: groups,
            maxLength: groups,
          }),
        }),
      );
    fc.assert(
      fc.property(table, ({ cells, threshold }) => {
        // Lay out groups × parts with a row total per group and a column total per part (and the grand total).
        const g = cells.length;
        const p = cells[0]!.length;
        const values: number[] = [];
        const at = (row: number, col: number) => row * (p + 1) + col;
        for (let row = 0; row <= g; row += 1) {
          for (let col = 0; col <= p; col += 1) {
            if (row < g && col < p) values.push(cells[row]![col]!);
            else if (row < g) values.push(cells[row]!.reduce((a, b) => a + b, 0));
            else if (col < p) values.push(cells.reduce((a, r) => a + r[col]!, 0));
            else values.push(cells.flat().reduce((a, b) => a + b, 0));
          }
        }
        const sets: LinkedSet[] = [];
        for (let row = 0; row <= g; row += 1) sets.push({ parts: Array.from({ length: p }, (_, c) => at(row, c)), total: at(row, p) });
        for (let col = 0; col <= p; col += 1) sets.push({ parts: Array.from({ length: g }, (_, r) => at(r, col)), total: at(g, col) });
        const status = suppressCells(values, sets, threshold);
        values.forEach((v, i) => {
          if (v > 0 && v < threshold) expect(status[i]).toBe('klein');
          if (status[i] === 'zichtbaar') expect(v === 0 || v >= threshold).toBe(true);
        });
        for (const s of sets) {
          const hidden = new Set([...s.parts, s.total].filter((i) => status[i] !== 'zichtbaar')).size;
          expect(hidden).not.toBe(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
