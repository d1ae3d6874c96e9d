import { DIGEST_ITEM_KINDS, type DigestCount } from '../../../shared/contract/familyPlanChannels';

/**
 * The digest's totals, most overdue first (a kind and state whose oldest item is due earliest),
 * then in the order of the kinds: the same for the index and for the whole digest.
 */
export function orderedTotals(groups: readonly (DigestCount & { oldest: string })[]): DigestCount[] {
  const kindRank = (k: string) => DIGEST_ITEM_KINDS.indexOf(k as (typeof DIGEST_ITEM_KINDS)[number]);
  return [...groups]
    .sort((a, b) => (a.oldest < b.oldest ? -1 : a.oldest > b.oldest ? 1 : kindRank(a.kind) - kindRank(b.kind) || (a.state < b.state ? 1 : a.state > b.state ? -1 : 0)))
    .map(({ kind, state, count }) => ({ kind, state, count }));
}
