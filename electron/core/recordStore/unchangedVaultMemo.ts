import type { ReadableDb } from '../vault/connection';

/**
 * One computation over the whole vault (every open item of a region), kept while the vault did not
 * change, so paging through its result does not compute it again for every page.
 *
 * "Did not change": SQLite's total_changes() on the vault's one connection (every insert, update or
 * delete, audited or not, counts) is the same, and so is the caller's key, which must hold whatever
 * else the result depends on (today, the meetings that have started, the operator's previous
 * session). The kept result holds family names: the owner forgets it when the vault locks.
 */
export class UnchangedVaultMemo<T> {
  private kept: { db: ReadableDb; version: string; value: T } | null = null;

  get(db: ReadableDb, key: string, compute: () => T): T {
    const version = `${String(db.prepare('SELECT total_changes()').pluck().get())}|${key}`;
    if (this.kept !== null && this.kept.db === db && this.kept.version === version) return this.kept.value;
    this.kept = null;
    const value = compute();
    this.kept = { db, version, value };
    return value;
  }

  forget(): void {
    this.kept = null;
  }
}

/** How many meetings have started by `now`: what a follow-up list depends on besides today and the data. */
export function meetingsStartedBy(db: ReadableDb, now: Date): number {
  return db.prepare('SELECT count(*) FROM meetings WHERE starts_at <= ?').pluck().get(now.toISOString()) as number;
}
