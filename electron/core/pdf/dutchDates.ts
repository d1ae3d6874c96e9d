import { AMSTERDAM_TIME_ZONE } from '../../../shared/domain/amsterdamTime';

/**
 * Dates as the Dutch reader of an exported document expects them, always in Europe/Amsterdam:
 * the machine that renders the PDF may run in any zone (CI in UTC), the meeting does not.
 */
const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** "maandag 2 maart 2026 om 10:00" */
export function dutchDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "2 maart 2026" for an ISO instant or a calendar day "2026-03-02". */
export function dutchDate(isoOrDay: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? `${isoOrDay}T12:00:00Z` : isoOrDay;
  return dateOnly.format(new Date(day));
}
