import { dayString } from '../../shared/timeline/fuzzyDate';
import { mondayOfIsoWeek, weekWords } from '../../shared/reporting/isoWeek';

/**
 * A report's weeks and months as a reader says them, in the screen's language: "week 1 van 2024
 * (1 t/m 7 januari)" rather than "2024-W01", "januari 2026" rather than "2026-01". Dutch is the
 * same wording as the PDF's.
 */
export function weekText(isoWeek: string, language: string): string {
  if (language.startsWith('nl')) return weekWords(isoWeek);
  const monday = mondayOfIsoWeek(isoWeek);
  const span = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(utcDay(monday), utcDay(monday + 6));
  return `week ${Number(isoWeek.slice(6))} of ${isoWeek.slice(0, 4)} (${span})`;
}

/** The month key "2026-01" as "januari 2026" / "January 2026". */
export function monthText(month: string, language: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(language.startsWith('nl') ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

const utcDay = (day: number) => new Date(`${dayString(day)}T00:00:00Z`);
