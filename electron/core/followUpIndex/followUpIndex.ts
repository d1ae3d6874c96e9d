import type { DigestCount } from '../../../shared/contract/familyPlanChannels';
import { orderedTotals } from './digestTotals';
import { FOLLOW_UP_PARTS, type FollowUpOrder, type FollowUpPart } from '../../../shared/contract/regieChannels';
import { familySearchName } from '../../../shared/domain/familyNameOrder';
import { calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { nextWorkingDay } from '../../../shared/digest/dueDigest';
import type { PageRequest } from '../../../shared/paging/page';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { followUpFacts } from './followUpFacts';

/**
 * The follow-up index (migration 23): brought up to date for the families whose rows changed, then
 * read per page (the digest in one query, Opvolging's page and its totals in two). A region's first screen of the digest or of Opvolging no longer
 * waits for every family's items to be computed; only the families on the page are read in full.
 */

/** Above this many changed families the whole index is rebuilt in one pass, which reads every family at once. */
const REBUILD_ABOVE = 400;

/** Brings the index up to date; returns how many families it computed again (for the bench and tests). */
export function refreshFollowUpIndex(db: WritableDb): number {
  const dirty = db.prepare('SELECT family_id FROM follow_up_dirty').pluck().all() as string[];
  if (dirty.length === 0) return 0;
  const only = dirty.includes('*') || dirty.length > REBUILD_ABOVE ? null : dirty;
  return db
    .transaction(() => {
      const { families, facts } = followUpFacts(db, only);
      if (only === null) {
        db.exec('DELETE FROM follow_up_facts; DELETE FROM follow_up_families;');
      } else {
        const ids = JSON.stringify(only);
        db.prepare('DELETE FROM follow_up_facts WHERE family_id IN (SELECT value FROM json_each(?))').run(ids);
        db.prepare('DELETE FROM follow_up_families WHERE family_id IN (SELECT value FROM json_each(?))').run(ids);
      }
      const family = db.prepare('INSERT INTO follow_up_families (family_id, name_key, search_name, concern_rank, quiet_rank) VALUES (?, ?, ?, ?, ?)');
      for (const f of families) family.run(f.familyId, f.nameKey, f.searchName, f.concernRank, f.quietRank);
      const fact = db.prepare('INSERT INTO follow_up_facts (family_id, list, part, key, from_day, from_at, until_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const f of facts) fact.run(f.familyId, f.list, f.part, f.key, f.fromDay, f.fromAt, f.untilAt, f.day);
      // Only what was read: a change made meanwhile by this same connection is impossible inside
      // the transaction, so every mark is now accounted for.
      db.exec('DELETE FROM follow_up_dirty');
      return families.length;
    })
    .immediate();
}

/** The day boundaries every count of the digest compares with: today and the operator's previous session. */
interface DigestDays {
  now: string;
  today: string;
  /** Due now: from today up to the next working day (the weekend shows on Friday). */
  nextWorking: string;
  previous: string | null;
  previousNextWorking: string | null;
}

function digestDays(now: Date, previousSessionAt: string | null): DigestDays {
  const today = calendarDayOf(now);
  const previous = previousSessionAt === null ? null : parseCalendarDay(amsterdamDay(new Date(previousSessionAt)));
  return {
    now: now.toISOString(),
    today: formatCalendarDay(today),
    nextWorking: formatCalendarDay(nextWorkingDay(today)),
    previous: previous === null ? null : formatCalendarDay(previous),
    previousNextWorking: previous === null ? null : formatCalendarDay(nextWorkingDay(previous)),
  };
}

/** Facts that count at this moment. */
const VISIBLE = `x.from_day <= @today AND x.from_at <= @now AND (x.until_at IS NULL OR x.until_at > @now)`;
/** A digest item due now or overdue today. */
const DUE = `x.part <> 'stil' AND x.day < @nextWorking`;
/** …that was in the same state at the previous session (listed apart, not new). */
const EARLIER = `(@previous IS NOT NULL AND ((x.day < @previous) OR (x.day >= @previous AND x.day < @previousNextWorking AND x.day >= @today)))`;

export interface DigestIndexPage {
  familyIds: string[];
  total: number;
  totals: DigestCount[];
  freshCount: number;
  quietCount: number;
}

/**
 * One page of the digest's families in Start's order (see digestFamilies): something new first,
 * then the most overdue, then those only listed because nobody discussed them (highest concern,
 * longest quiet first), then by name; with the counts over every family.
 */
export function digestIndexPage(db: ReadableDb, now: Date, previousSessionAt: string | null, page: PageRequest): DigestIndexPage {
  const days = digestDays(now, previousSessionAt);
  const perFamily = `
    SELECT x.family_id,
           sum(CASE WHEN ${DUE} THEN 1 ELSE 0 END) AS entries,
           sum(CASE WHEN ${DUE} AND NOT ${EARLIER} THEN 1 ELSE 0 END) AS fresh,
           min(CASE WHEN ${DUE} THEN x.day END) AS oldest,
           max(CASE WHEN x.part = 'stil' THEN x.day END) AS quiet_since
    FROM follow_up_facts x
    WHERE x.list = 'digest' AND ${VISIBLE}
    GROUP BY x.family_id
    HAVING entries > 0 OR quiet_since IS NOT NULL`;
  const rows = db
    .prepare(
      `SELECT d.family_id, count(*) OVER () AS total, sum(d.fresh) OVER () AS fresh_count, count(d.quiet_since) OVER () AS quiet_count
       FROM (${perFamily}) d JOIN follow_up_families f ON f.family_id = d.family_id
       ORDER BY d.fresh > 0 DESC,
                CASE WHEN d.entries = 0 THEN '~' WHEN d.oldest >= @today THEN @today ELSE d.oldest END,
                d.quiet_since IS NULL, CASE WHEN d.quiet_since IS NULL THEN NULL ELSE f.quiet_rank END DESC, d.quiet_since,
                f.name_key, f.family_id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...days, limit: page.limit, offset: page.offset }) as { family_id: string; total: number; fresh_count: number; quiet_count: number }[];
  const counted =
    rows.length > 0
      ? { total: rows[0]!.total, freshCount: rows[0]!.fresh_count, quietCount: rows[0]!.quiet_count }
      : (db
          .prepare(`SELECT count(*) AS total, coalesce(sum(fresh), 0) AS freshCount, count(quiet_since) AS quietCount FROM (${perFamily})`)
          .get(days) as { total: number; freshCount: number; quietCount: number });
  const groups = db
    .prepare(
      `SELECT x.part AS kind, CASE WHEN x.day < @today THEN 'te_laat' ELSE 'nu' END AS state, count(*) AS count, min(x.day) AS oldest
       FROM follow_up_facts x WHERE x.list = 'digest' AND ${VISIBLE} AND ${DUE} GROUP BY kind, state`,
    )
    .all(days) as (DigestCount & { oldest: string })[];
  return { familyIds: rows.map((r) => r.family_id), ...counted, totals: orderedTotals(groups) };
}

/** The keys (`<item key>:<state>`) of every digest item due now or overdue today: what a notification tells. */
export function dueNowKeysFromIndex(db: ReadableDb, now: Date): Set<string> {
  const days = digestDays(now, null);
  const rows = db
    .prepare(`SELECT x.key || ':' || CASE WHEN x.day < @today THEN 'te_laat' ELSE 'nu' END FROM follow_up_facts x WHERE x.list = 'digest' AND ${VISIBLE} AND ${DUE}`)
    .pluck()
    .all(days) as string[];
  return new Set(rows);
}

export interface FollowUpIndexPage {
  familyIds: string[];
  total: number;
  totals: Record<FollowUpPart, number>;
}

const ORDERS: Record<FollowUpOrder, string> = {
  concern: 'f.concern_rank DESC, d.due IS NULL, d.due, f.name_key, f.family_id',
  due: 'd.due IS NULL, d.due, f.concern_rank DESC, f.name_key, f.family_id',
  family: 'f.name_key, f.family_id',
};

/**
 * One page of Opvolging's families in the order asked for, with the totals over every family whose
 * name matches. The page and the totals are two queries: counting every part inside the grouping
 * (seven conditional sums over every fact) cost more than both together at ten times the region.
 */
export function followUpIndexPage(db: ReadableDb, now: Date, request: PageRequest & { query: string; order: FollowUpOrder }): FollowUpIndexPage {
  const params = { today: formatCalendarDay(calendarDayOf(now)), now: now.toISOString(), query: familySearchName(request.query.trim()) };
  const named = `(@query = '' OR x.family_id IN (SELECT family_id FROM follow_up_families WHERE instr(search_name, @query) > 0))`;
  const rows = db
    .prepare(
      `SELECT d.family_id, count(*) OVER () AS total
       FROM (SELECT x.family_id, min(CASE WHEN x.part IN ('overdueActions', 'signallersNotInformed', 'passedTerms') THEN x.day END) AS due
             FROM follow_up_facts x
             WHERE x.list = 'opvolging' AND ${VISIBLE} AND ${named}
             GROUP BY x.family_id) d
       JOIN follow_up_families f ON f.family_id = d.family_id
       ORDER BY ${ORDERS[request.order]}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: request.limit, offset: request.offset }) as { family_id: string; total: number }[];
  const total =
    rows[0]?.total ??
    (db.prepare(`SELECT count(DISTINCT x.family_id) FROM follow_up_facts x WHERE x.list = 'opvolging' AND ${VISIBLE} AND ${named}`).pluck().get(params) as number);
  const totals = Object.fromEntries(FOLLOW_UP_PARTS.map((p) => [p, 0])) as Record<FollowUpPart, number>;
  for (const r of db.prepare(`SELECT x.part, count(*) AS n FROM follow_up_facts x WHERE x.list = 'opvolging' AND ${VISIBLE} AND ${named} GROUP BY x.part`).all(params) as {
    part: FollowUpPart;
    n: number;
  }[]) {
    totals[r.part] = r.n;
  }
  return { familyIds: rows.map((r) => r.family_id), total, totals };
}
