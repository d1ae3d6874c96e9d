import type { ReadableDb, WritableDb } from '../vault/connection';

/**
 * Rows as they were before a change, so "undo the last change" can put them back exactly.
 * Table and column names come from this codebase, never from user input.
 */
export interface RowSnapshot {
  table: string;
  key: string[];
  rows: Record<string, unknown>[];
}

export function takeSnapshot(db: ReadableDb, table: string, key: string[], where: string, params: unknown[]): RowSnapshot {
  const rows = db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...params) as Record<string, unknown>[];
  return { table, key, rows };
}

/** Writes the snapshot's values back over rows that still exist. */
export function restoreValues(db: WritableDb, snap: RowSnapshot): void {
  for (const row of snap.rows) {
    const columns = Object.keys(row).filter((c) => !snap.key.includes(c));
    const set = columns.map((c) => `${c} = @${c}`).join(', ');
    const where = snap.key.map((k) => `${k} = @${k}`).join(' AND ');
    db.prepare(`UPDATE ${snap.table} SET ${set} WHERE ${where}`).run(row);
  }
}

/** Inserts the snapshot's rows again (after they were deleted). */
export function reinsert(db: WritableDb, snap: RowSnapshot): void {
  for (const row of snap.rows) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${snap.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}
