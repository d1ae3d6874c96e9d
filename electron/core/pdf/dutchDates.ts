/**
 * Dates as the Dutch reader of an exported document expects them, always in Europe/Amsterdam:
 * the machine that renders the PDF may run in any zone (CI in UTC), the meeting does not.
 */
export const EXPORT_TIME_ZONE = 'Europe/Amsterdam';

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: EXPORT_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { timeZone: EXPORT_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** "maandag 2 maart 2026 om 10:00" */
export function dutchDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "2 maart 2026" for an ISO instant or a calendar day "2026-03-02". */
export function dutchDate(isoOrDay: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? `${isoOrDay}T12:00:00Z` : isoOrDay;
  return dateOnly.format(new Date(day));
}

/** The calendar day (YYYY-MM-DD) of an instant in Amsterdam. */
export function amsterdamDay(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: EXPORT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return parts;
}
