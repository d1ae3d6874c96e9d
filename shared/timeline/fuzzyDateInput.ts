import { formatFuzzyDate, parseFuzzyDate, type Season } from './fuzzyDate';

/**
 * Approximate dates as people type them at the table, in one field:
 *   5-3-2024 · 05-03-2024 · 2024-03-05   (a day)
 *   3-2024 · maart 2024 · march 2024      (a month)
 *   voorjaar 2024 · lente 2024 · spring 2024 · najaar/herfst/autumn 2024 · zomer · winter (a season)
 *   2024                                   (a year)
 * Returns the canonical stored form, or null when it is not a date.
 */
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const SEASON_WORDS: Record<string, Season> = {
  voorjaar: 'voorjaar', lente: 'voorjaar', spring: 'voorjaar',
  zomer: 'zomer', summer: 'zomer',
  najaar: 'najaar', herfst: 'najaar', autumn: 'najaar', fall: 'najaar',
  winter: 'winter',
};

export function parseFuzzyDateInput(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  if (parseFuzzyDate(value)) return value;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (m) return formatFuzzyDate({ precision: 'dag', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  if (m) return formatFuzzyDate({ precision: 'maand', year: Number(m[2]), month: Number(m[1]) });
  m = /^([a-z]+)\.? (\d{4})$/.exec(value);
  if (m) {
    const word = m[1]!;
    const year = Number(m[2]);
    const month = MONTHS[word];
    if (month !== undefined) return formatFuzzyDate({ precision: 'maand', year, month });
    const season = SEASON_WORDS[word];
    if (season !== undefined) return formatFuzzyDate({ precision: 'seizoen', year, season });
  }
  return null;
}

/** The stored form as the field shows it again: 05-03-2024, 03-2024, voorjaar 2024, 2024. */
export function toFuzzyDateInput(stored: string): string {
  const d = parseFuzzyDate(stored);
  if (!d) return stored;
  const two = (n: number | null) => String(n ?? 0).padStart(2, '0');
  switch (d.precision) {
    case 'dag':
      return `${two(d.day)}-${two(d.month)}-${d.year}`;
    case 'maand':
      return `${two(d.month)}-${d.year}`;
    case 'seizoen':
      return `${d.season ?? ''} ${d.year}`;
    case 'jaar':
      return String(d.year);
  }
}
