import type { DigestCount, DigestFamily, DigestItem, QuietFamily } from '../contract/familyPlanChannels';
import type { DigestEntry } from './dueDigest';
import { byFamilyName, familyNameKey } from '../domain/familyNameOrder';

/**
 * The digest per family: one line each, with how many items of each kind are due now or overdue,
 * its items once each, and whether nobody discussed the family for too long.
 */

/**
 * One item per key: the same thing to do read twice (two discussed signals of one signaller owe it
 * one terugkoppeling) shows once, with the earliest due day, the one that is most overdue.
 */
export function oncePerKey<T extends Pick<DigestItem, 'key' | 'dueDay'>>(items: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const before = kept.get(item.key);
    if (before === undefined || item.dueDay < before.dueDay) kept.set(item.key, item);
  }
  return [...kept.values()];
}

/** Counts per kind and state, in the order of the first item of each (most overdue first). */
export function countsOf(entries: readonly DigestEntry<Pick<DigestItem, 'kind'>>[]): DigestCount[] {
  const counts = new Map<string, DigestCount>();
  for (const e of entries) {
    const key = `${e.item.kind}:${e.state}`;
    const count = counts.get(key);
    if (count === undefined) counts.set(key, { kind: e.item.kind, state: e.state, count: 1 });
    else count.count += 1;
  }
  return [...counts.values()];
}

const byDaysOverdue = (a: DigestEntry<DigestItem>, b: DigestEntry<DigestItem>) => b.daysOverdue - a.daysOverdue || (a.item.dueDay < b.item.dueDay ? -1 : a.item.dueDay > b.item.dueDay ? 1 : 0) || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0);

/**
 * The families of the digest, in the order Start lists them: families with something new since the
 * previous session first, then the family whose oldest item is most overdue, then a family only
 * listed because nobody discussed it (highest concern, longest quiet first), then by name.
 */
export function digestFamilies(fresh: readonly DigestEntry<DigestItem>[], earlier: readonly DigestEntry<DigestItem>[], quiet: readonly QuietFamily[]): DigestFamily[] {
  const families = new Map<string, DigestFamily>();
  const familyOf = (item: Pick<DigestItem, 'familyId' | 'familyName' | 'caseStatus'>): DigestFamily => {
    let family = families.get(item.familyId);
    if (family === undefined) {
      family = { familyId: item.familyId, familyName: item.familyName, caseStatus: item.caseStatus, counts: [], freshCount: 0, entries: [], quiet: null };
      families.set(item.familyId, family);
    }
    return family;
  };
  for (const [list, isFresh] of [[fresh, true], [earlier, false]] as const) {
    for (const entry of list) {
      const family = familyOf(entry.item);
      family.entries.push({ ...entry, fresh: isFresh });
      if (isFresh) family.freshCount += 1;
    }
  }
  quiet.forEach((q) => {
    familyOf({ familyId: q.familyId, familyName: q.familyName, caseStatus: 'open' }).quiet = q;
  });
  const quietRank = new Map(quiet.map((q, i) => [q.familyId, i]));
  const out = [...families.values()].map((f) => {
    const entries = [...f.entries].sort(byDaysOverdue);
    return { ...f, entries, counts: countsOf(entries) };
  });
  const worst = (f: DigestFamily) => (f.entries.length === 0 ? -1 : f.entries[0]!.daysOverdue);
  const quietLast = quiet.length;
  return out
    .map((family) => ({ family, familyId: family.familyId, nameKey: familyNameKey(family.familyName), fresh: Number(family.freshCount > 0), worst: worst(family), quiet: quietRank.get(family.familyId) ?? quietLast }))
    .sort(
      (a, b) =>
        b.fresh - a.fresh ||
        b.worst - a.worst ||
        a.quiet - b.quiet ||
        byFamilyName(a, b),
    )
    .map((k) => k.family);
}
