import { describe, expect, it } from 'vitest';
import { isoWeekOf, monthsBetween } from '../../../../shared/reporting/isoWeek';

describe('ISO weeks and months of a period', () => {
  it('labels days by ISO week, including the weeks that straddle a new year', () => {
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('lists every month a period touches', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-05', '2026-03-09')).toEqual(['2026-03']);
  });
});
