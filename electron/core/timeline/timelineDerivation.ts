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
export type TimelineDerivation = (db: ReadableDb, familyId: string) => TimelineEvent[];

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
