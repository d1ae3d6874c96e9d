import type { ReferralStatus, StagnationReason, TimelineEventType } from '../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { addToGroup } from '../recordStore/groupByKey';
import type { ReadableDb } from '../vault/connection';
import { TIMELINE_DERIVATIONS } from './derivedEvents';
import { handledStagnations } from './stagnationService';
import type { TimelineDerivation } from './timelineDerivation';

/**
 * Every family's timeline as the signal rules read it (computeSignals: kind, dates, organisations,
 * referral status and date, stagnation reason — never a text), family by family, for the screens
 * and reports over all cases at once.
 *
 * Reading each family's timeline in turn decrypts a page of the events table per event, at random:
 * at ten times the region the follow-up dashboard took a minute. Here the typed events come from
 * the covering index that starts with the family (migration 14), in family order beside the
 * families, so memory holds one family's typed events at a time; each derived source is read once
 * for all families (see FamilyScope). The events carry no texts: summary, reason and the like are
 * empty, and derived events keep theirs.
 */
/**
 * The kinds the signal-to-help (per episode) and ping-pong rules start from: signals, Veilig Thuis
 * advice and reports, referrals, help started and ended, and regie changes. A timeline of only
 * these kinds is read from a partial index that holds nothing else (migration 17, in this order).
 */
export const RULE_KINDS: readonly TimelineEventType[] = ['signaal', 'melding', 'advies_gevraagd', 'verwijzing', 'hulp_gestart', 'hulp_beeindigd', 'regiewissel'];

export interface SignalTimelineOptions {
  /** Only these kinds (typed and derived); all kinds when absent. */
  types?: readonly TimelineEventType[];
  /** Derived sources to add; every source the timeline has when absent. */
  derivations?: readonly TimelineDerivation[];
  /** Typed events with an order key below this only (a report up to the end of its period). */
  sortKeyBelow?: number;
  /** Only these families, each read on its own (a page of a list); every family when absent. */
  families?: readonly string[];
}

export interface SignalTimeline {
  familyId: string;
  events: TimelineEvent[];
}

type SignalRow = [string, string, TimelineEventType, string, number, string | null, string | null, ReferralStatus | null, string | null, StagnationReason | null];

export function* signalTimelines(db: ReadableDb, options: SignalTimelineOptions = {}): Generator<SignalTimeline> {
  if (options.families !== undefined) {
    for (const familyId of options.families) yield familyTimeline(db, familyId, options);
    return;
  }
  const kinds = options.types ?? null;
  const derived = new Map<string, TimelineEvent[]>();
  for (const derive of [...new Set(options.derivations ?? TIMELINE_DERIVATIONS)]) {
    for (const event of derive(db, null)) if (kinds === null || kinds.includes(event.type)) addToGroup(derived, event.familyId, event);
  }

  const typeFilter = kinds === null ? '' : `AND type IN (${kinds.map((t) => `'${t}'`).join(', ')})`;
  // The partial index serves exactly its own list; anything else reads the index of every kind.
  const index = kinds !== null && kinds.join() === RULE_KINDS.join() ? 'timeline_events_rules' : 'timeline_events_report';
  const families = db.prepare('SELECT id FROM families ORDER BY id').pluck().iterate() as IterableIterator<string>;
  const rows = db
    .prepare(
      `SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason
       FROM timeline_events INDEXED BY ${index}
       WHERE sort_key < ? ${typeFilter}
       ORDER BY family_id`,
    )
    .raw()
    .iterate(options.sortKeyBelow ?? Number.MAX_SAFE_INTEGER) as IterableIterator<SignalRow>;
  // Few stagnations are handled: the days they were, by event, read once (see stagnationHandling).
  const handled = kinds !== null && !kinds.includes('stagnatie') ? new Map<string, string>() : handledStagnations(db, null);
  let next = rows.next();
  try {
    for (const familyId of families) {
      const events: TimelineEvent[] = [];
      // Every event's family exists (foreign key) and both run in the same order, so an event of
      // another family means this one has no more.
      while (next.done !== true && next.value[0] === familyId) {
        events.push(signalEvent(next.value, handled));
        next = rows.next();
      }
      const extra = derived.get(familyId);
      yield { familyId, events: extra === undefined ? events : [...events, ...extra] };
    }
  } finally {
    rows.return?.();
    families.return?.();
  }
}

/** One family's timeline as the signal rules read it: its own rows and its derived sources only. */
function familyTimeline(db: ReadableDb, familyId: string, options: SignalTimelineOptions): SignalTimeline {
  const kinds = options.types ?? null;
  const typeFilter = kinds === null ? '' : `AND type IN (${kinds.map((t) => `'${t}'`).join(', ')})`;
  const handled = kinds !== null && !kinds.includes('stagnatie') ? new Map<string, string>() : handledStagnations(db, familyId);
  const rows = db
    .prepare(
      `SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason
       FROM timeline_events WHERE family_id = ? AND sort_key < ? ${typeFilter}`,
    )
    .raw()
    .all(familyId, options.sortKeyBelow ?? Number.MAX_SAFE_INTEGER) as SignalRow[];
  const events = rows.map((row) => signalEvent(row, handled));
  for (const derive of [...new Set(options.derivations ?? TIMELINE_DERIVATIONS)]) {
    for (const event of derive(db, familyId)) if (kinds === null || kinds.includes(event.type)) events.push(event);
  }
  return { familyId, events };
}

function signalEvent([familyId, id, type, date, sortKey, organisationId, toOrganisationId, referralStatus, statusDate, stagnationReason]: SignalRow, handled: ReadonlyMap<string, string>): TimelineEvent {
  return {
    ...(type === 'stagnatie' ? { handledOn: handled.get(id) ?? null } : {}),
    id,
    familyId,
    type,
    date,
    sortKey: Number(sortKey),
    organisationId,
    toOrganisationId,
    referralStatus,
    statusDate,
    stagnationReason,
    reason: '',
    consentStatus: null,
    escalationStep: null,
    noticedBy: '',
    summary: '',
    legalBasis: 'noodzakelijk_betrokkenen',
    memberIds: [],
    recordedBy: '',
    source: 'handmatig',
  };
}
