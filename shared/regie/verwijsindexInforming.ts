import { ageInYears, compareCalendarDays, parseCalendarDay, type CalendarDay } from '../domain/calendarDate';

/**
 * Who hears about a Verwijsindex registration, and when informing may wait. The Jeugdwet asks the
 * professional who registers a youngster to inform the parents (while the youngster is under 16)
 * and the youngster (from 12); between 12 and 16 both. Informing may be postponed as long as it
 * would harm the youngster's safety or the help, and then it is recorded until when and why.
 * An unknown age informs both: when in doubt, nobody is passed over.
 */
export interface InformParties {
  parents: boolean;
  youngster: boolean;
}

export const PARENTS_UNTIL_AGE = 16;
export const YOUNGSTER_FROM_AGE = 12;

export function whoToInform(birthDates: readonly (string | null)[], today: CalendarDay): InformParties {
  // An action about the family as a whole, without children recorded, informs both.
  if (birthDates.length === 0) return { parents: true, youngster: true };
  const ages = birthDates.map((b) => {
    const day = b === null ? null : parseCalendarDay(b);
    return day === null ? null : ageInYears(day, today);
  });
  return {
    parents: ages.some((a) => a === null || a < PARENTS_UNTIL_AGE),
    youngster: ages.some((a) => a === null || a >= YOUNGSTER_FROM_AGE),
  };
}

export interface InformingState {
  informed: boolean;
  informingPostponedUntil: string | null;
  informingPostponedReason: string;
}

/** A reason a colleague could check later: at least ten characters and two words. */
export function postponementReasonIsReal(reason: string): boolean {
  const text = reason.trim();
  return text.length >= 10 && text.split(/\s+/).length >= 2;
}

export function isPostponed(a: InformingState): boolean {
  return !a.informed && a.informingPostponedUntil !== null && postponementReasonIsReal(a.informingPostponedReason);
}

/** Half a postponement (a day without a reason, or a reason without a day) is not one. */
export function postponementIncomplete(a: InformingState): boolean {
  const hasDay = a.informingPostponedUntil !== null;
  const hasReason = a.informingPostponedReason.trim() !== '';
  return (hasDay || hasReason) && !(hasDay && postponementReasonIsReal(a.informingPostponedReason));
}

/** Postponed, and the day it was postponed to has passed without informing: it is due now. */
export function postponementExpired(a: InformingState, today: CalendarDay): boolean {
  if (!isPostponed(a)) return false;
  const until = parseCalendarDay(a.informingPostponedUntil!);
  return until !== null && compareCalendarDays(until, today) < 0;
}
