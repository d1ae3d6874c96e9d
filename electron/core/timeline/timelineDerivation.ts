import { fuzzySortKey } from '../../../shared/timeline/fuzzyDate';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import type { ReadableDb } from '../vault/connection';

/**
 * Events the timeline shows without anyone typing them: they are read, at the moment the timeline
 * is read, from the tables of the feature that owns them. Changing or removing the source record
 * changes the timeline; nothing is copied.
 *
 * A source is one function that maps its rows to events with `source` set and an id of the form
 * `<source>:<record id>`. The type has its own file so that a feature can offer derivations
 * without importing the list that collects them.
 */
export type TimelineDerivation = (db: ReadableDb, familyId: FamilyScope) => TimelineEvent[];

/**
 * One family's events (its dossier), or every family's when null (a dashboard over all open cases,
 * a report): each event names its family, so the caller groups them.
 */
export type FamilyScope = string | null;

/** The SQL condition and parameters that keep a query to the scope's family (or to none). */
export function scopeWhere(column: string, familyId: FamilyScope): { sql: string; params: string[] } {
  return familyId === null ? { sql: '1', params: [] } : { sql: `${column} = ?`, params: [familyId] };
}

/**
 * A derivation built on a feature's own reader of one family's rows. For every family it runs once
 * per family that has rows in `table`: fit for the tables few families have rows in (regie
 * decisions, escalation steps, plans). A source most families have rows in reads them all in one
 * query instead (see meetingsOnAgenda).
 */
export function familyByFamily(table: string, derive: (db: ReadableDb, familyId: string) => TimelineEvent[]): TimelineDerivation {
  return (db, familyId) => {
    if (familyId !== null) return derive(db, familyId);
    const families = db.prepare(`SELECT DISTINCT family_id FROM ${table}`).pluck().all() as string[];
    return families.flatMap((id) => derive(db, id));
  };
}

/** The fields every derived event leaves empty or computes the same way: its day, sort key and no referral. */
export const derivedEventBase = (familyId: string, date: string) => ({
  familyId,
  date,
  sortKey: fuzzySortKey(date),
  toOrganisationId: null,
  referralStatus: null,
  statusDate: null,
  reason: '',
  stagnationReason: null,
  consentStatus: null,
  escalationStep: null,
  noticedBy: '',
});
