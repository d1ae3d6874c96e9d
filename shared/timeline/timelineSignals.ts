import { z } from 'zod';
import { STAGNATION_REASONS } from '../domain/vocabulary';
import { dayString, parseFuzzyDate } from './fuzzyDate';
import { chronological, episodesOf, HELP_SIGNAL_TYPES, HelpEpisode, type DatedEvent } from './helpEpisodes';
import type { TimelineEvent } from './timelineEvent';

/**
 * The computed signals of a family's timeline (inspection theme 4: cases pushed between
 * organisations before help starts). Pure functions of the events and a reference day: the same
 * events in any order give the same result.
 */
export interface SignalOptions {
  /** Today, `YYYY-MM-DD`: open periods are counted up to here. */
  today: string;
  /** A→B→A, or two returned/refused referrals, within this many days is ping-pong. */
  pingPongWindowDays: number;
  /** An open referral without an update for this many days has stagnated. */
  stagnationDays: number;
  /** This many no-shows or refusals within the window count as care avoidance. */
  avoidanceThreshold: number;
  avoidanceWindowDays: number;
}

export const DEFAULT_SIGNAL_OPTIONS: Omit<SignalOptions, 'today'> = {
  pingPongWindowDays: 183,
  stagnationDays: 14,
  avoidanceThreshold: 2,
  avoidanceWindowDays: 183,
};

const Id = z.string();
export const PingPongEpisode = z.object({
  /** heen_en_terug: A→B followed by B→A; terugverwezen: several returned or refused referrals. */
  kind: z.enum(['heen_en_terug', 'terugverwezen']),
  eventIds: z.array(Id),
  organisationIds: z.array(Id),
});
export type PingPongEpisode = z.infer<typeof PingPongEpisode>;

export const TimelineSignals = z.object({
  today: z.string(),
  pingPong: z.object({ detected: z.boolean(), episodes: z.array(PingPongEpisode) }),
  /** Every episode of asking for and getting help, oldest first (see helpEpisodes). */
  episodes: z.array(HelpEpisode),
  /** The current (last) episode: from its first signal to its help. */
  signalToHelp: z.object({
    firstSignalEventId: Id.nullable(),
    helpStartedEventId: Id.nullable(),
    /** Days from the episode's first signal to help started; while help has not started, days waited so far. */
    days: z.number().int().nonnegative().nullable(),
    stillWaiting: z.boolean(),
  }),
  withoutOwner: z.object({ days: z.number().int().nonnegative(), now: z.boolean() }),
  stagnation: z.object({
    detected: z.boolean(),
    openReferrals: z.array(z.object({ eventId: Id, daysSinceUpdate: z.number().int().nonnegative() })),
    /** Reported stagnation since help last started, not yet handled with a recorded alternative. */
    reported: z.array(z.object({ eventId: Id, reason: z.enum(STAGNATION_REASONS).nullable() })),
  }),
  /**
   * The family refused help (stagnation "gezin weigert") and no step on the ladder was recorded
   * since: neither drang or dwang, nor a reasoned decision to stay voluntary.
   */
  drang: z.object({ prompt: z.boolean(), refusalEventId: Id.nullable(), days: z.number().int().nonnegative() }),
  regieChanges: z.number().int().nonnegative(),
  careAvoidance: z.object({ detected: z.boolean(), count: z.number().int().nonnegative(), eventIds: z.array(Id) }),
});
export type TimelineSignals = z.infer<typeof TimelineSignals>;

type Dated = DatedEvent;

/** Maximal runs of items that fit in `windowDays`, with at least `min` items each. */
function denseWindows(items: readonly Dated[], windowDays: number, min: number): Dated[][] {
  const starts: number[] = [];
  let i = 0;
  for (let j = 0; j < items.length; j++) {
    while (items[j]!.day - items[i]!.day > windowDays) i++;
    starts.push(i);
  }
  const out: Dated[][] = [];
  for (let j = 0; j < items.length; j++) {
    const start = starts[j]!;
    const next = starts[j + 1];
    // The window ending at j is contained in the one ending at j+1 when both start at the same item.
    if (j - start + 1 >= min && (next === undefined || next !== start)) out.push(items.slice(start, j + 1));
  }
  return out;
}

function pingPong(moves: readonly Dated[], windowDays: number): PingPongEpisode[] {
  const episodes: PingPongEpisode[] = [];
  const landed = moves.filter((m) => m.e.referralStatus !== 'afgewezen');
  for (let j = 0; j < landed.length; j++) {
    const back = landed[j]!;
    for (let i = j - 1; i >= 0; i--) {
      const there = landed[i]!;
      if (back.day - there.day > windowDays) break;
      if (there.e.organisationId === back.e.toOrganisationId && there.e.toOrganisationId === back.e.organisationId) {
        episodes.push({
          kind: 'heen_en_terug',
          eventIds: [there.e.id, back.e.id],
          organisationIds: [there.e.organisationId ?? '', there.e.toOrganisationId ?? ''],
        });
        break;
      }
    }
  }
  const bounced = moves.filter((m) => m.e.referralStatus === 'teruggelegd' || m.e.referralStatus === 'afgewezen');
  for (const run of denseWindows(bounced, windowDays, 2)) {
    const orgs = new Set<string>();
    for (const m of run) {
      if (m.e.organisationId) orgs.add(m.e.organisationId);
      if (m.e.toOrganisationId) orgs.add(m.e.toOrganisationId);
    }
    episodes.push({ kind: 'terugverwezen', eventIds: run.map((m) => m.e.id), organisationIds: [...orgs].sort() });
  }
  return episodes;
}

/** Which organisations hold the case after an event (accepted a referral, started help, took regie). */
function applyOwnership(owners: Set<string>, e: TimelineEvent): void {
  const from = e.organisationId;
  const to = e.toOrganisationId;
  switch (e.type) {
    case 'verwijzing':
      if (e.referralStatus === 'geaccepteerd' && to) owners.add(to);
      if (e.referralStatus === 'afgewezen' && to) owners.delete(to);
      if (e.referralStatus === 'teruggelegd' && from) owners.delete(from);
      break;
    case 'hulp_gestart':
      if (from) owners.add(from);
      break;
    case 'hulp_beeindigd':
      if (from) owners.delete(from);
      break;
    case 'regiewissel':
      if (from && to) owners.delete(from);
      if (to) owners.add(to);
      break;
    default:
      break;
  }
}

function dayOf(today: string): number {
  const d = parseFuzzyDate(today);
  if (!d || d.precision !== 'dag') throw new Error(`today moet een dag zijn (jjjj-mm-dd), niet "${today}"`);
  return d.startDay;
}

export function computeSignals(events: readonly TimelineEvent[], options: Partial<SignalOptions> & { today: string }): TimelineSignals {
  const o: SignalOptions = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const today = dayOf(o.today);
  const all = chronological(events);
  const moves = all.filter((d) => d.e.type === 'verwijzing' && d.e.organisationId !== null && d.e.toOrganisationId !== null);

  const episodes = pingPong(moves, o.pingPongWindowDays);

  const first = all.find((d) => HELP_SIGNAL_TYPES.has(d.e.type));
  const helpEpisodes = episodesOf(all, today);
  const current = helpEpisodes.at(-1);
  const signalToHelp = {
    firstSignalEventId: current?.signalEventIds[0] ?? null,
    helpStartedEventId: current?.helpStartedEventId ?? null,
    days: current?.days ?? null,
    stillWaiting: current?.stillWaiting ?? false,
  };

  // Days without an accepting owner: from the first signal up to today, the days on which no
  // organisation had accepted the case.
  let withoutOwnerDays = 0;
  let ownerless = false;
  if (first) {
    const owners = new Set<string>();
    let i = 0;
    for (; i < all.length && all[i]!.day < first.day; i++) applyOwnership(owners, all[i]!.e);
    let since: number | null = owners.size === 0 ? first.day : null;
    for (; i < all.length; i++) {
      const d = all[i]!;
      applyOwnership(owners, d.e);
      if (owners.size === 0 && since === null) since = d.day;
      else if (owners.size > 0 && since !== null) {
        withoutOwnerDays += Math.max(0, Math.min(d.day, today) - since);
        since = null;
      }
    }
    if (since !== null) {
      withoutOwnerDays += Math.max(0, today - since);
      ownerless = true;
    }
  }

  // An open referral: sent, and the receiver has done nothing on the timeline since.
  const openReferrals: { eventId: string; daysSinceUpdate: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    const ref = all[i]!;
    if (ref.e.type !== 'verwijzing' || ref.e.referralStatus !== 'verstuurd' || !ref.e.toOrganisationId) continue;
    let answered = false;
    for (let j = i + 1; j < all.length && !answered; j++) answered = all[j]!.e.organisationId === ref.e.toOrganisationId;
    if (answered) continue;
    const update = ref.e.statusDate ? (parseFuzzyDate(ref.e.statusDate)?.startDay ?? ref.day) : ref.day;
    const since = Math.max(0, today - update);
    if (since >= o.stagnationDays) openReferrals.push({ eventId: ref.e.id, daysSinceUpdate: since });
  }
  // Reported stagnation counts until help starts after it.
  let lastHelp = -Infinity;
  for (const d of all) if (d.e.type === 'hulp_gestart') lastHelp = d.day;
  const reported = all
    .filter((d) => d.e.type === 'stagnatie' && d.day >= lastHelp && (d.e.handledOn ?? null) === null)
    .map((d) => ({ eventId: d.e.id, reason: d.e.stagnationReason }));

  // A refusal since help last started asks for a step on the ladder dated within or after it.
  const refusal = all.filter((d) => d.e.type === 'stagnatie' && d.e.stagnationReason === 'gezin_weigert' && d.day >= lastHelp).at(-1);
  const refusalFrom = refusal === undefined ? null : (parseFuzzyDate(refusal.e.date)?.startDay ?? refusal.day);
  const stepTaken =
    refusalFrom !== null && all.some((d) => d.e.type === 'escalatie' && d.e.escalationStep !== null && (parseFuzzyDate(d.e.date)?.startDay ?? d.day) >= refusalFrom);
  const drangPrompt = refusal !== undefined && !stepTaken;

  const avoiding = all.filter((d) => d.e.type === 'niet_verschenen' || (d.e.type === 'stagnatie' && d.e.stagnationReason === 'gezin_weigert'));
  const avoidanceIds = new Set<string>();
  for (const run of denseWindows(avoiding, o.avoidanceWindowDays, o.avoidanceThreshold)) for (const d of run) avoidanceIds.add(d.e.id);

  return {
    today: dayString(today),
    pingPong: { detected: episodes.length > 0, episodes },
    episodes: helpEpisodes,
    signalToHelp,
    withoutOwner: { days: withoutOwnerDays, now: ownerless },
    stagnation: { detected: openReferrals.length > 0 || reported.length > 0, openReferrals, reported },
    drang: { prompt: drangPrompt, refusalEventId: drangPrompt ? refusal.e.id : null, days: drangPrompt ? Math.max(0, today - refusal.day) : 0 },
    regieChanges: all.filter((d) => d.e.type === 'regiewissel').length,
    careAvoidance: {
      detected: avoidanceIds.size > 0,
      count: avoiding.length,
      eventIds: avoiding.filter((d) => avoidanceIds.has(d.e.id)).map((d) => d.e.id),
    },
  };
}

/** What a dossier header or the follow-up dashboard shows: the signals that call for attention. */
export const SignalWarning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pingpong'), episodes: z.number().int() }),
  z.object({ kind: z.literal('stagnatie'), openReferrals: z.number().int(), reported: z.number().int() }),
  z.object({ kind: z.literal('geen_eigenaar'), days: z.number().int() }),
  z.object({ kind: z.literal('wacht_op_hulp'), days: z.number().int() }),
  z.object({ kind: z.literal('zorgmijding'), count: z.number().int() }),
  z.object({ kind: z.literal('regiewissels'), count: z.number().int() }),
  /** The family refused help: consider drang (a step on the ladder), or record why not. */
  z.object({ kind: z.literal('drang_overwegen'), days: z.number().int() }),
]);
export type SignalWarning = z.infer<typeof SignalWarning>;

/** Regie changing hands this often is itself a warning sign. */
const MANY_REGIE_CHANGES = 3;

export function signalWarnings(s: TimelineSignals): SignalWarning[] {
  const out: SignalWarning[] = [];
  if (s.pingPong.detected) out.push({ kind: 'pingpong', episodes: s.pingPong.episodes.length });
  if (s.stagnation.detected) out.push({ kind: 'stagnatie', openReferrals: s.stagnation.openReferrals.length, reported: s.stagnation.reported.length });
  if (s.withoutOwner.now) out.push({ kind: 'geen_eigenaar', days: s.withoutOwner.days });
  if (s.signalToHelp.stillWaiting && s.signalToHelp.days !== null) out.push({ kind: 'wacht_op_hulp', days: s.signalToHelp.days });
  if (s.careAvoidance.detected) out.push({ kind: 'zorgmijding', count: s.careAvoidance.count });
  if (s.regieChanges >= MANY_REGIE_CHANGES) out.push({ kind: 'regiewissels', count: s.regieChanges });
  if (s.drang.prompt) out.push({ kind: 'drang_overwegen', days: s.drang.days });
  return out;
}
