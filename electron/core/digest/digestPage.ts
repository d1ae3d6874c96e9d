import type { SessionDigest } from '../../../shared/contract/familyPlanChannels';
import type { PageRequest } from '../../../shared/paging/page';
import { digestIndexPage, dueNowKeysFromIndex, refreshFollowUpIndex } from '../followUpIndex/followUpIndex';
import type { WritableDb } from '../vault/connection';
import { wholeDigest } from './sessionDigest';

/**
 * One page of the digest for Start: the follow-up index (brought up to date first) gives the page's
 * families and the counts over every family; only the page's families are read in full, and their
 * items' owners named.
 */
export function digestPage(db: WritableDb, previousSessionAt: string | null, now: Date, page: PageRequest): SessionDigest {
  refreshFollowUpIndex(db);
  const index = digestIndexPage(db, now, previousSessionAt, page);
  const shown = wholeDigest(db, previousSessionAt, now, index.familyIds);
  const byId = new Map(shown.families.map((f) => [f.familyId, f]));
  const families = index.familyIds.flatMap((id) => {
    const f = byId.get(id);
    return f === undefined ? [] : [{ ...f, entries: f.entries.map((e) => ({ ...e, item: { ...e.item, owner: shown.ownerOf.get(e.item.key)?.() ?? '' } })) }];
  });
  return {
    ...shown.digest,
    totals: index.totals,
    freshCount: index.freshCount,
    quietCount: index.quietCount,
    families,
    total: index.total,
    offset: page.offset,
  };
}

/** The keys (see dueNowKeys) of every item due or overdue today, from the follow-up index (brought up to date first). */
export function dueNowKeysOf(db: WritableDb, now: Date): Set<string> {
  refreshFollowUpIndex(db);
  return dueNowKeysFromIndex(db, now);
}
