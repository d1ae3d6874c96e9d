import { formatCalendarDay, parseCalendarDay } from '../../shared/domain/calendarDate';

// The one parser of typed dates lives in shared/ (core checks the same ranges); the screens read it from here.
export { parseDutchDate, toDutchDateInput } from '../../shared/domain/dutchDate';

/** `HH:MM` (24 h); null otherwise. */
export function parseClockTime(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A local wall-clock time on a calendar day as ISO 8601 with this computer's offset on that day
 * (e.g. 2026-03-30T09:00:00+02:00), so the stored moment is unambiguous and reads back as typed.
 */
export function localDateTimeToIso(day: string, time: { hour: number; minute: number }): string | null {
  const d = parseCalendarDay(day);
  if (!d) return null;
  const local = new Date(d.year, d.month - 1, d.day, time.hour, time.minute, 0, 0);
  const offsetMinutes = -local.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${formatCalendarDay(d)}T${pad(local.getHours())}:${pad(local.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local calendar day and clock time of an ISO moment, for the meeting editor's fields. */
export function isoToLocalParts(iso: string): { day: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { day: '', time: '' };
  return {
    day: formatCalendarDay({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }),
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}
