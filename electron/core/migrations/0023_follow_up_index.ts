import type { WritableDb } from '../vault/connection';
import type { Migration } from './migration';

/**
 * Version 23: the follow-up index, so the first page of the digest and of Opvolging is a query at
 * regional scale instead of a computation over every family (seconds at ten times the region).
 * - follow_up_families: per family its concern rank and its name as the lists sort and filter it.
 * - follow_up_facts: per family what the two lists count, each with the day or moment it starts to
 *   count (an action is overdue from the day after its due day; feedback is owed from the start of
 *   the meeting that discussed the signal), so the index holds for any day without being rebuilt.
 * - follow_up_dirty: families whose rows changed since the index was last brought up to date ('*':
 *   every family). Triggers mark them on every insert, update and delete of a table that holds a
 *   family's rows — also raw SQL writes and undo — so no writer has to remember the index.
 * Derived data only: rebuilt from the vault's own rows, never shared, never undone. The first
 * reader after this migration builds it for every family.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'follow_up_index',
  up(db) {
    db.exec(`
      CREATE TABLE follow_up_dirty (family_id TEXT PRIMARY KEY) WITHOUT ROWID;
      CREATE TABLE follow_up_families (
        family_id TEXT PRIMARY KEY REFERENCES families(id) ON DELETE CASCADE,
        name_key TEXT NOT NULL,
        search_name TEXT NOT NULL,
        concern_rank INTEGER NOT NULL,
        quiet_rank INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX follow_up_families_order ON follow_up_families (concern_rank DESC, name_key, family_id);
      CREATE TABLE follow_up_facts (
        family_id TEXT NOT NULL REFERENCES families(id) ON DELETE CASCADE,
        list TEXT NOT NULL CHECK (list IN ('digest', 'opvolging')),
        part TEXT NOT NULL,
        key TEXT NOT NULL,
        from_day TEXT NOT NULL DEFAULT '',
        from_at TEXT NOT NULL DEFAULT '',
        until_at TEXT,
        day TEXT,
        PRIMARY KEY (list, family_id, key)
      ) WITHOUT ROWID;
      INSERT INTO follow_up_dirty (family_id) VALUES ('*');
    `);
    createDirtyTriggers(db);
  },
};

/**
 * Tables that hold no family's follow-up: the audit trail goes with a change it already marks, and
 * the records of a destruction outlive the family.
 */
const LEFT_OUT = new Set(['audit_log', 'destruction_requests', 'destructions', 'follow_up_dirty', 'follow_up_families', 'follow_up_facts']);

/** Rows that name their family through a parent record. */
const THROUGH_PARENT: Record<string, { column: string; parent: string }> = {
  assessment_id: { column: 'assessment_id', parent: 'assessments' },
  action_id: { column: 'action_id', parent: 'regie_actions' },
};

function createDirtyTriggers(db: WritableDb): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    if (LEFT_OUT.has(table)) continue;
    const columns = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
    const familyOf = (row: 'NEW' | 'OLD'): string | null => {
      if (table === 'families') return `SELECT ${row}.id AS family_id`;
      if (columns.has('family_id')) return `SELECT ${row}.family_id AS family_id`;
      const via = Object.values(THROUGH_PARENT).find((p) => columns.has(p.column));
      return via === undefined ? null : `SELECT family_id FROM ${via.parent} WHERE id = ${row}.${via.column}`;
    };
    if (familyOf('NEW') === null) continue;
    // Not INSERT OR IGNORE: an outer statement's conflict clause (an upsert, INSERT OR REPLACE)
    // overrides the one in a trigger's body, so a second mark would fail the user's write.
    const mark = (row: 'NEW' | 'OLD') =>
      `INSERT INTO follow_up_dirty (family_id) SELECT family_id FROM (${familyOf(row)}) AS changed WHERE family_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follow_up_dirty d WHERE d.family_id = changed.family_id);`;
    db.exec(`
      CREATE TRIGGER follow_up_dirty_${table}_insert AFTER INSERT ON ${table} BEGIN ${mark('NEW')} END;
      CREATE TRIGGER follow_up_dirty_${table}_update AFTER UPDATE ON ${table} BEGIN ${mark('OLD')} ${mark('NEW')} END;
      CREATE TRIGGER follow_up_dirty_${table}_delete AFTER DELETE ON ${table} BEGIN ${mark('OLD')} END;
    `);
  }
  // A meeting moved in time changes when its families were discussed.
  db.exec(`
    CREATE TRIGGER follow_up_dirty_meetings_update AFTER UPDATE OF starts_at ON meetings BEGIN
      INSERT INTO follow_up_dirty (family_id)
        SELECT DISTINCT family_id FROM (SELECT family_id FROM agenda_items WHERE meeting_id = NEW.id UNION SELECT family_id FROM meeting_cases WHERE meeting_id = NEW.id) AS changed
        WHERE NOT EXISTS (SELECT 1 FROM follow_up_dirty d WHERE d.family_id = changed.family_id);
    END;
    CREATE TRIGGER follow_up_dirty_settings AFTER UPDATE ON settings BEGIN
      INSERT INTO follow_up_dirty (family_id) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM follow_up_dirty WHERE family_id = '*');
    END;
  `);
}
