import { compareCalendarDays, daysInMonth, formatCalendarDay, parseCalendarDay, type CalendarDay } from './calendarDate';

/**
 * The one way a calendar day is typed and checked, in every form and in core: Dutch people type the
 * day first (7-3-2019, 07-03-2019, 7/3/2019, 7.3.2019), and the stored form 2019-03-07 is read too.
 * What a date may be depends on what it is for (a child's birth date, the day of a meeting, a due
 * date); each rule has one Dutch sentence, the same on the screen and in core's refusal.
 */

/** Why a typed or stored date is refused. */
export type DateProblem = 'vorm' | 'bestaat_niet' | 'geboorte_in_toekomst' | 'geboorte_te_lang_geleden' | 'overleg_te_lang_geleden' | 'uiterste_datum_voorbij';

/** How far back a child's birth date may lie (the youngest adults in youth care are 23). */
export const CHILD_BIRTH_MAX_YEARS = 25;
/** How far back a meeting may be planned without saying that it is recorded afterwards. */
export const MEETING_MAX_DAYS_BACK = 30;

/** The one Dutch wording per problem; the renderer's nl.ts says the same (a test compares them). */
export const DATE_PROBLEM_TEXT: Record<DateProblem, string> = {
  vorm: 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 07-03-2019.',
  bestaat_niet: 'Deze datum bestaat niet.',
  geboorte_in_toekomst: 'Een geboortedatum ligt niet in de toekomst.',
  geboorte_te_lang_geleden: `Deze datum ligt meer dan ${CHILD_BIRTH_MAX_YEARS} jaar in het verleden: dat is geen geboortedatum van een kind.`,
  overleg_te_lang_geleden: `Deze datum ligt meer dan ${MEETING_MAX_DAYS_BACK} dagen in het verleden. Vink "Overleg achteraf vastleggen" aan als het overleg al is gehouden.`,
  uiterste_datum_voorbij: 'Een uiterste datum ligt niet in het verleden.',
};

/**
 * What a date is for, and so which days are plausible:
 * - `dag`: any existing day;
 * - `geboorte_kind`: not after today, not more than CHILD_BIRTH_MAX_YEARS years before it;
 * - `geboorte`: an adult's birth date: not after today;
 * - `overleg`: not more than MEETING_MAX_DAYS_BACK days before today, unless recorded afterwards;
 * - `uiterste_datum`: a new due date: not before today.
 */
export type DateUse = 'dag' | 'geboorte_kind' | 'geboorte' | 'overleg' | 'uiterste_datum';

export interface DateContext {
  /** Today, YYYY-MM-DD (core's day, or the day core told the screen). */
  today: string;
  /** A meeting that was already held is recorded afterwards: any day before today is then fine. */
  afterwards?: boolean;
}

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a typed date: the stored YYYY-MM-DD, or why not (its form, or a day that does not exist). */
export function readDutchDate(text: string): { day: string } | { problem: 'vorm' | 'bestaat_niet' } {
  const value = text.trim();
  const stored = STORED.exec(value);
  const dayFirst = stored ? null : DAY_FIRST.exec(value);
  if (!stored && !dayFirst) return { problem: 'vorm' };
  const [year, month, day] = stored ? [Number(stored[1]), Number(stored[2]), Number(stored[3])] : [Number(dayFirst![3]), Number(dayFirst![2]), Number(dayFirst![1])];
  const parsed = parseCalendarDay(formatCalendarDay({ year, month, day }));
  return parsed === null ? { problem: 'bestaat_niet' } : { day: formatCalendarDay(parsed) };
}

/** A typed date as YYYY-MM-DD, or null when it is not an existing day. */
export function parseDutchDate(text: string): string | null {
  const read = readDutchDate(text);
  return 'day' in read ? read.day : null;
}

/** A stored YYYY-MM-DD as dd-mm-jjjj for a field (what cannot be read stays as it is). */
export function toDutchDateInput(stored: string | null): string {
  if (!stored) return '';
  const day = parseCalendarDay(stored);
  if (!day) return stored;
  return `${String(day.day).padStart(2, '0')}-${String(day.month).padStart(2, '0')}-${day.year}`;
}

function addYears(d: CalendarDay, years: number): CalendarDay {
  const year = d.year + years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Whether an existing day (YYYY-MM-DD) suits its use; the problem when it does not. */
export function dateRangeProblem(stored: string, use: DateUse, context: DateContext): DateProblem | null {
  const day = parseCalendarDay(stored);
  if (day === null) return 'bestaat_niet';
  const today = parseCalendarDay(context.today);
  if (today === null) return null;
  const before = (other: CalendarDay) => compareCalendarDays(day, other) < 0;
  const after = (other: CalendarDay) => compareCalendarDays(day, other) > 0;
  switch (use) {
    case 'geboorte_kind':
      if (after(today)) return 'geboorte_in_toekomst';
      return before(addYears(today, -CHILD_BIRTH_MAX_YEARS)) ? 'geboorte_te_lang_geleden' : null;
    case 'geboorte':
      return after(today) ? 'geboorte_in_toekomst' : null;
    case 'overleg':
      return context.afterwards !== true && before(addDays(today, -MEETING_MAX_DAYS_BACK)) ? 'overleg_te_lang_geleden' : null;
    case 'uiterste_datum':
      return before(today) ? 'uiterste_datum_voorbij' : null;
    case 'dag':
      return null;
  }
}

/** A typed date checked for its use: the stored day, or the one problem to show. */
export function checkDutchDate(text: string, use: DateUse, context: DateContext): { day: string } | { problem: DateProblem } {
  const read = readDutchDate(text);
  if (!('day' in read)) return read;
  const problem = dateRangeProblem(read.day, use, context);
  return problem === null ? read : { problem };
}

/** The date use of a household member's birth date: a child's is a child's; an expected child's is the expected day. */
export function birthDateUse(role: 'kind' | 'ouder' | 'verzorger' | 'huisgenoot' | 'verwacht_kind'): DateUse {
  if (role === 'kind') return 'geboorte_kind';
  return role === 'verwacht_kind' ? 'dag' : 'geboorte';
}
