import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, fuzzySortKey, parseFuzzyDate, representativeDay } from '../../../../shared/timeline/fuzzyDate';

const dayArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Any date a person might give: exact, the month, the season or only the year of a real day. */
const fuzzyArb = fc.tuple(dayArb, fc.constantFrom('dag', 'maand', 'seizoen', 'jaar')).map(([day, p]) => {
  if (p === 'dag') return day;
  if (p === 'maand') return day.slice(0, 7);
  if (p === 'jaar') return day.slice(0, 4);
  const m = Number(day.slice(5, 7));
  const season = m >= 3 && m <= 5 ? 'voorjaar' : m >= 6 && m <= 8 ? 'zomer' : m >= 9 && m <= 11 ? 'najaar' : 'winter';
  // December belongs to the winter of the next year (it ends there).
  return `${m === 12 ? Number(day.slice(0, 4)) + 1 : day.slice(0, 4)}-${season}`;
});

describe('approximate dates', () => {
  it('reads a day, a month, a season and a year', () => {
    expect(parseFuzzyDate('2024-03-05')?.precision).toBe('dag');
    expect(parseFuzzyDate('2024-03')?.precision).toBe('maand');
    expect(parseFuzzyDate('2024-voorjaar')).toMatchObject({ precision: 'seizoen', season: 'voorjaar' });
    expect(parseFuzzyDate('2024')?.precision).toBe('jaar');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2025-02-29', '2024-13', '2024-lente', 'voorjaar 2024', '24', '', '2024-03-05T10:00']) expect(parseFuzzyDate(bad)).toBeNull();
  });

  it('puts winter 2024 before voorjaar, zomer and najaar 2024', () => {
    const order = ['2024-najaar', '2024-zomer', '2024-winter', '2024-voorjaar'].sort((a, b) => fuzzySortKey(a) - fuzzySortKey(b));
    expect(order).toEqual(['2024-winter', '2024-voorjaar', '2024-zomer', '2024-najaar']);
  });

  it('puts "maart 2024" before 5 March 2024 and "2024" before both', () => {
    const order = ['2024-03-05', '2024-03', '2024'].sort((a, b) => fuzzySortKey(a) - fuzzySortKey(b));
    expect(order).toEqual(['2024', '2024-03', '2024-03-05']);
  });

  it('builds the canonical string from form parts', () => {
    expect(formatFuzzyDate({ precision: 'seizoen', year: 2024, season: 'voorjaar' })).toBe('2024-voorjaar');
    expect(formatFuzzyDate({ precision: 'dag', year: 2024, month: 2, day: 30 })).toBeNull();
  });

  it('property: a date that certainly lies before another always sorts before it', () => {
    fc.assert(
      fc.property(fuzzyArb, fuzzyArb, (a, b) => {
        const pa = parseFuzzyDate(a)!;
        const pb = parseFuzzyDate(b)!;
        if (pa.endDay < pb.startDay) expect(fuzzySortKey(a)).toBeLessThan(fuzzySortKey(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every approximate date contains the day it was made from, and its middle lies inside it', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const exact = parseFuzzyDate(day)!;
        for (const v of [day.slice(0, 7), day.slice(0, 4)]) {
          const p = parseFuzzyDate(v)!;
          expect(p.startDay).toBeLessThanOrEqual(exact.startDay);
          expect(p.endDay).toBeGreaterThanOrEqual(exact.endDay);
          const mid = representativeDay(v)!;
          expect(mid).toBeGreaterThanOrEqual(p.startDay);
          expect(mid).toBeLessThanOrEqual(p.endDay);
        }
      }),
    );
  });
});

describe('typing an approximate date', async () => {
  const { parseFuzzyDateInput, toFuzzyDateInput } = await import('../../../../shared/timeline/fuzzyDateInput');
  it('reads what people type at the table', () => {
    expect(parseFuzzyDateInput('5-3-2024')).toBe('2024-03-05');
    expect(parseFuzzyDateInput('03-2024')).toBe('2024-03');
    expect(parseFuzzyDateInput('Maart 2024')).toBe('2024-03');
    expect(parseFuzzyDateInput('voorjaar 2024')).toBe('2024-voorjaar');
    expect(parseFuzzyDateInput('lente 2024')).toBe('2024-voorjaar');
    expect(parseFuzzyDateInput('autumn 2023')).toBe('2023-najaar');
    expect(parseFuzzyDateInput('2024')).toBe('2024');
    for (const bad of ['31-2-2024', 'ooit', '13-2024', 'voorjaar']) expect(parseFuzzyDateInput(bad)).toBeNull();
  });

  it('property: what the field shows reads back as the same date', () => {
    fc.assert(fc.property(fuzzyArb, (v) => {
        expect(parseFuzzyDateInput(toFuzzyDateInput(v))).toBe(v);
      }));
  });
});
