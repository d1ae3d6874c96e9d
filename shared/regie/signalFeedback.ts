import { dayString, parseFuzzyDate } from '../timeline/fuzzyDate';

/**
 * Terugkoppeling starts when a signal is discussed: a signal from a signalling organisation counts
 * as discussed once a meeting of the family has started on or after the signal's (earliest) day.
 * From then on the signaller is owed feedback until an action "signaalgever informeren" for that
 * organisation exists that was made on or after that day (open or done: once planned, the action
 * itself is followed up).
 */
export interface SignalForFeedback {
  eventId: string;
  organisationId: string;
  /** The timeline's date: a day, month, season or year. */
  date: string;
  summary: string;
}

export interface SignalAwaitingFeedback extends SignalForFeedback {
  /** When the first meeting that discussed it started. */
  discussedAt: string;
}

export function signalsAwaitingFeedback(
  signals: readonly SignalForFeedback[],
  feedbackActions: readonly { signallerOrganisationId: string | null; createdAt: string }[],
  meetingStarts: readonly string[],
  now: string,
): SignalAwaitingFeedback[] {
  const started = meetingStarts.filter((s) => s <= now).sort();
  const out: SignalAwaitingFeedback[] = [];
  for (const signal of signals) {
    const parsed = parseFuzzyDate(signal.date);
    if (parsed === null) continue;
    const from = dayString(parsed.startDay);
    const discussedAt = started.find((s) => s.slice(0, 10) >= from);
    if (discussedAt === undefined) continue;
    const planned = feedbackActions.some((a) => a.signallerOrganisationId === signal.organisationId && a.createdAt.slice(0, 10) >= from);
    if (!planned) out.push({ ...signal, discussedAt });
  }
  return out;
}
