/**
 * Small-number suppression for tables that leave the vault without names. A count of 1 to
 * threshold−1 can point at one family in a school or a team, so it is shown as "< threshold"
 * (primary suppression). A zero stays visible: it says something about nobody.
 *
 * Complementary (secondary) suppression: where visible cells add up to a visible total, one hidden
 * cell could be worked back out (total minus the rest). So in every linked set — the cells that add
 * up to a total, plus that total — either nothing is hidden or at least two cells are. When a set
 * has exactly one hidden cell, the smallest visible non-zero part is hidden as well (it costs the
 * reader the least); when no part is left, the total is. Those cells show as "x", never as "< threshold",
 * because their value may be large. Repeated until no set has exactly one hidden cell: a cell
 * hidden for one set can leave another set with one, so rows and columns settle together.
 *
 * This is the rule of thumb of statistical offices (every equation keeps two unknowns), not a full
 * audit against linear-programming attacks over many overlapping sets; the report's tables are
 * small and their sets few (groups per indicator, parts of a breakdown, months of a period).
 */
export type CellStatus = 'zichtbaar' | 'klein' | 'afgeschermd';

export interface LinkedSet {
  /** Indices of the cells that add up to `total`. */
  parts: readonly number[];
  total: number;
}

/** Minimum the threshold may be set to: below 3 suppression protects nobody. */
export const MIN_SUPPRESSION_THRESHOLD = 3;
export const MAX_SUPPRESSION_THRESHOLD = 50;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export function suppressCells(values: readonly number[], sets: readonly LinkedSet[], threshold: number): CellStatus[] {
  const status: CellStatus[] = values.map((v) => (v > 0 && v < threshold ? 'klein' : 'zichtbaar'));
  let changed = true;
  while (changed) {
    changed = false;
    for (const set of sets) {
      if (set.parts.length === 0) continue;
      const members = [...new Set([...set.parts, set.total])];
      const hidden = members.filter((i) => status[i] !== 'zichtbaar').length;
      if (hidden !== 1) continue;
      // A hidden zero protects little (a reader may know a school had no such case), so the
      // smallest non-zero part goes first; a zero only when nothing else is left.
      const visibleParts = set.parts.filter((i) => status[i] === 'zichtbaar');
      const nonZero = visibleParts.filter((i) => values[i]! > 0);
      const candidates = nonZero.length > 0 ? nonZero : visibleParts;
      const pick =
        candidates.length > 0
          ? candidates.reduce((best, i) => (values[i]! < values[best]! || (values[i] === values[best] && i < best) ? i : best))
          : set.total;
      status[pick] = 'afgeschermd';
      changed = true;
    }
  }
  return status;
}
