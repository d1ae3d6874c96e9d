import { parseCalendarDay } from '../domain/calendarDate';

/**
 * When jeugdhulp "ended" for a family, which starts the 20-year clock.
 *
 * Help has ended when no involvement is still running. The end date is the latest of the closure
 * date (a case closed after the closure gate) and every involvement's end date: a closed case
 * whose last involvement ended later ended then. While any involvement has no end date, help is
 * still going on and there is no trigger (null), whatever the closure says: the clock must not run
 * while someone still works with the family. No closure and no involvement: no trigger either.
 */
export interface HelpFacts {
  /** `closed_on` of a case closure with status "gesloten"; null when not closed. */
  closedOn: string | null;
  /** `ended_at` of every involvement; null for one still running. */
  involvementEnds: readonly (string | null)[];
}

export function helpEndedOn(facts: HelpFacts): string | null {
  if (facts.involvementEnds.some((end) => end === null)) return null;
  const dates = [facts.closedOn, ...facts.involvementEnds].filter(
    (d): d is string => d !== null && parseCalendarDay(d) !== null,
  );
  if (dates.length === 0) return null;
  return dates.reduce((latest, d) => (d > latest ? d : latest));
}
