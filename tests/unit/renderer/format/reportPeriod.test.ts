import { describe, expect, it } from 'vitest';
import { monthText, weekText } from '../../../../renderer/format/reportPeriod';

describe('a report’s period on screen', () => {
  it('names a week by its number, year and days, never "2026-W01"', () => {
    expect(weekText('2024-W01', 'nl')).toBe('week 1 van 2024 (1 t/m 7 januari)');
    expect(weekText('2026-W01', 'nl')).toBe('week 1 van 2026 (29 december 2025 t/m 4 januari 2026)');
    // The range's spacing differs between ICU versions (Node, Chromium).
    expect(weekText('2024-W01', 'en')).toMatch(/^week 1 of 2024 \(1\s?–\s?7 January 2024\)$/u);
    expect(weekText('2026-W01', 'en')).toMatch(/^week 1 of 2026 \(29 December 2025\s?–\s?4 January 2026\)$/u);
  });

  it('writes a month out in the screen’s language', () => {
    expect(monthText('2026-03', 'nl')).toBe('maart 2026');
    expect(monthText('2026-03', 'en')).toBe('March 2026');
  });
});
