import { z } from 'zod';
import type { TimelineEvent } from './timelineEvent';
import { representativeDay } from './fuzzyDate';

/**
 * Episodes of asking for and getting help. A family's history can span years: help that started
 * and ended long ago must not make a new signal look answered, and the wait for help after that
 * signal counts from the signal itself, not from the very first one.
 *
 * An episode opens with a signal (a signal, including the youngster's or the family's own request
 * for help, a Veilig Thuis advice question or report). Signals while it is open join it. Its help
 * is the first "hulp gestart" after it opened. It closes when, after its help started, no help is
 * running any more: every organisation that started help has recorded "hulp beëindigd" (help
 * that one organisation ends while another's runs on has not ended). The next signal opens the
 * next episode. Only the last episode can still be waiting.
 */
export const HELP_SIGNAL_TYPES: ReadonlySet<TimelineEvent['type']> = new Set(['signaal', 'melding', 'advies_gevraagd']);

export const HelpEpisode = z.object({
  signalEventIds: z.array(z.string()),
  helpStartedEventId: z.string().nullable(),
  helpEndedEventId: z.string().nullable(),
  /** Days from the episode's first signal to its help; while waiting, days waited so far. */
  days: z.number().int().nonnegative(),
  stillWaiting: z.boolean(),
});
export type HelpEpisode = z.infer<typeof HelpEpisode>;

export interface DatedEvent {
  e: TimelineEvent;
  day: number;
}

/** Counting order: by the representative day of the date, then the stored order key, then id. */
export function chronological(events: readonly TimelineEvent[]): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const e of events) {
    const day = representativeDay(e.date);
    if (day !== null) out.push({ e, day });
  }
  return out.sort((a, b) => a.day - b.day || a.e.sortKey - b.e.sortKey || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
}

interface OpenEpisode {
  firstDay: number;
  signalEventIds: string[];
  help: DatedEvent | null;
  ended: DatedEvent | null;
}

/** The episodes of a timeline already in counting order (see chronological), up to `today` (a day number). */
export function episodesOf(all: readonly DatedEvent[], today: number): HelpEpisode[] {
  const episodes: OpenEpisode[] = [];
  // Organisations whose help runs: help started and not (yet) ended by that organisation.
  const running = new Set<string>();
  for (const d of all) {
    const current = episodes.at(-1);
    if (HELP_SIGNAL_TYPES.has(d.e.type)) {
      if (current === undefined || current.ended !== null) episodes.push({ firstDay: d.day, signalEventIds: [d.e.id], help: null, ended: null });
      else current.signalEventIds.push(d.e.id);
    } else if (d.e.type === 'hulp_gestart') {
      if (d.e.organisationId !== null) running.add(d.e.organisationId);
      if (current !== undefined && current.ended === null && current.help === null) current.help = d;
    } else if (d.e.type === 'hulp_beeindigd') {
      if (d.e.organisationId !== null) running.delete(d.e.organisationId);
      if (current !== undefined && current.help !== null && current.ended === null && running.size === 0) current.ended = d;
    }
  }
  return episodes.map((ep) => ({
    signalEventIds: ep.signalEventIds,
    helpStartedEventId: ep.help?.e.id ?? null,
    helpEndedEventId: ep.ended?.e.id ?? null,
    days: Math.max(0, (ep.help !== null ? ep.help.day : today) - ep.firstDay),
    stillWaiting: ep.help === null,
  }));
}

export function helpEpisodes(events: readonly TimelineEvent[], today: number): HelpEpisode[] {
  return episodesOf(chronological(events), today);
}
