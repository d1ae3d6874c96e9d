import { calendarDayOf, formatCalendarDay } from '../../shared/domain/calendarDate';
import { checkDutchDate, readDutchDate, type DateContext, type DateUse } from '../../shared/domain/dutchDate';
import { i18n } from '../i18n';

/**
 * Typed dates on every screen: the one parser (shared/domain/dutchDate) and its one sentence per
 * problem (`date.problems` in the translations, the same Dutch as core's refusal).
 */

/** Today on this computer, YYYY-MM-DD, for a form that has no day from core. */
export function todayHere(): string {
  return formatCalendarDay(calendarDayOf(new Date()));
}

/** Why a typed date cannot be read at all ("Deze datum bestaat niet."). */
export function unreadableDateText(text: string): string {
  const read = readDutchDate(text);
  return i18n.t(`date.problems.${'problem' in read ? read.problem : 'vorm'}`);
}

/**
 * A typed date for its use: the stored day (null when left empty) and the sentence to show when it
 * cannot be used. Whether an empty field is allowed is the form's own question.
 */
export function typedDate(text: string, use: DateUse = 'dag', context: DateContext = { today: todayHere() }): { day: string | null; error: string | null } {
  if (text.trim() === '') return { day: null, error: null };
  const checked = checkDutchDate(text, use, context);
  return 'day' in checked ? { day: checked.day, error: null } : { day: null, error: i18n.t(`date.problems.${checked.problem}`) };
}
