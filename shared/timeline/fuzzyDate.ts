import { daysInMonth, parseCalendarDay } from '../domain/calendarDate';

/**
 * When something happened, as exactly as the person at the table knows it: a day, a month, a
 * season ("voorjaar 2024") or only a year. Stored as one canonical string so the vault and the
 * screen never disagree:
 *   `2024-03-05` (dag) · `2024-03` (maand) · `2024-voorjaar` (seizoen) · `2024` (jaar).
 * Seasons are meteorological, as the KNMI counts them: voorjaar March–May, zomer June–August,
 * najaar September–November, winter December of the year before up to February, so within one
 * year winter < voorjaar < zomer < najaar.
 */
export const DATE_PRECISIONS = ['dag', 'maand', 'seizoen', 'jaar'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SEASONS = ['winter', 'voorjaar', 'zomer', 'najaar'] as const;
export type Season = (typeof SEASONS)[number];

export interface FuzzyDate {
  precision: DatePrecision;
  year: number;
  /** 1–12 for dag and maand. */
  month: number | null;
  day: number | null;
  season: Season | null;
  /** First and last day the date can mean, as day numbers (days since 1970-01-01, UTC). */
  startDay: number;
  endDay: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const SEASON = /^(\d{4})-(winter|voorjaar|zomer|najaar)$/;

/** Days since 1970-01-01 of a calendar day; pure arithmetic via UTC, so no time zone can shift it. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar day `YYYY-MM-DD` of a day number. */
export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

function seasonRange(year: number, season: Season): [number, number] {
  switch (season) {
    case 'winter':
      return [dayNumber(year - 1, 12, 1), dayNumber(year, 2, daysInMonth(year, 2))];
    case 'voorjaar':
      return [dayNumber(year, 3, 1), dayNumber(year, 5, 31)];
    case 'zomer':
      return [dayNumber(year, 6, 1), dayNumber(year, 8, 31)];
    case 'najaar':
      return [dayNumber(year, 9, 1), dayNumber(year, 11, 30)];
  }
}

const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** Parses the canonical string; null for anything else (including days that do not exist). */
export function parseFuzzyDate(value: string): FuzzyDate | null {
  const day = parseCalendarDay(value);
  if (day) {
    const n = dayNumber(day.year, day.month, day.day);
    return { precision: 'dag', year: day.year, month: day.month, day: day.day, season: null, startDay: n, endDay: n };
  }
  const m = MONTH.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!inRange(year) || month < 1 || month > 12) return null;
    return {
      precision: 'maand',
      year,
      month,
      day: null,
      season: null,
      startDay: dayNumber(year, month, 1),
      endDay: dayNumber(year, month, daysInMonth(year, month)),
    };
  }
  const s = SEASON.exec(value);
  if (s) {
    const year = Number(s[1]);
    const season = s[2] as Season;
    if (!inRange(year)) return null;
    const [startDay, endDay] = seasonRange(year, season);
    return { precision: 'seizoen', year, month: null, day: null, season, startDay, endDay };
  }
  const y = YEAR.exec(value);
  if (y) {
    const year = Number(y[1]);
    if (!inRange(year)) return null;
    return { precision: 'jaar', year, month: null, day: null, season: null, startDay: dayNumber(year, 1, 1), endDay: dayNumber(year, 12, 31) };
  }
  return null;
}

export function isFuzzyDate(value: string): boolean {
  return parseFuzzyDate(value) !== null;
}

/** Builds the canonical string from form parts; null when the parts do not make a date. */
export function formatFuzzyDate(parts: { precision: DatePrecision; year: number; month?: number | null; day?: number | null; season?: Season | null }): string | null {
  const y = String(parts.year).padStart(4, '0');
  const mm = (n: number) => String(n).padStart(2, '0');
  let value: string;
  switch (parts.precision) {
    case 'dag':
      value = `${y}-${mm(parts.month ?? 0)}-${mm(parts.day ?? 0)}`;
      break;
    case 'maand':
      value = `${y}-${mm(parts.month ?? 0)}`;
      break;
    case 'seizoen':
      value = `${y}-${parts.season ?? ''}`;
      break;
    case 'jaar':
      value = y;
      break;
  }
  return isFuzzyDate(value) ? value : null;
}

/**
 * The sort key of a date: its first possible day times 1 000 plus the width of its range, so
 * "maart 2024" comes before 5 March 2024 (it may be earlier) and a date that certainly lies before
 * another always sorts before it. Whole numbers, so they index well in SQLite.
 */
export function fuzzySortKey(value: string): number {
  const d = parseFuzzyDate(value);
  if (!d) return Number.MAX_SAFE_INTEGER;
  return d.startDay * 1000 + Math.min(999, d.endDay - d.startDay);
}

/**
 * The day a computation counts from. The middle of the range: "voorjaar 2024" counts as mid-April,
 * which errs neither way when days between events are added up.
 */
export function representativeDay(value: string): number | null {
  const d = parseFuzzyDate(value);
  return d ? Math.floor((d.startDay + d.endDay) / 2) : null;
}
