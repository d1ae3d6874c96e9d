import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { refreshFollowUpIndex } from '../../../../electron/core/followUpIndex/followUpIndex';
import { DERIVED_TABLES } from '../../../../electron/core/recordStore/derivedTables';

const now = () => new Date('2026-12-08T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 23);

function at22() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  const family = db.prepare("INSERT INTO families VALUES (?, ?, 0, '', ?, ?, 'x', 'x')");
  family.run('f1', 'Gezin Visser', t, t);
  family.run('f2', 'Gezin Çelik', t, t);
  return db;
}

const dirty = (db: Database.Database) => db.prepare('SELECT family_id FROM follow_up_dirty ORDER BY family_id').pluck().all();

describe('migration 0023 (follow-up index)', () => {
  it('adds the index for every existing family, built by the first reader', () => {
    const db = at22();
    runMigrations(db, now);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(23);
    expect(dirty(db)).toEqual(['*']);
    expect(refreshFollowUpIndex(db)).toBe(2);
    expect(db.prepare('SELECT family_id, name_key, search_name, concern_rank FROM follow_up_families ORDER BY name_key').all()).toEqual([
      { family_id: 'f2', name_key: 'gezin celik', search_name: 'gezin çelik', concern_rank: -1 },
      { family_id: 'f1', name_key: 'gezin visser', search_name: 'gezin visser', concern_rank: -1 },
    ]);
    expect(dirty(db)).toEqual([]);
  });

  it('marks a family on every insert, update and delete of its rows, also of rows that name it through an assessment or an action', () => {
    const db = at22();
    runMigrations(db, now);
    refreshFollowUpIndex(db);
    const t = now().toISOString();
    db.prepare(
      `INSERT INTO regie_actions (id, family_id, kind, description, status, owner_family, created_at, updated_at, created_by, updated_by)
       VALUES ('a1', 'f1', 'actie', 'Huisbezoek', 'open', 1, @t, @t, 'x', 'x')`,
    ).run({ t });
    expect(dirty(db)).toEqual(['f1']);
    refreshFollowUpIndex(db);
    db.prepare("INSERT INTO meetings (id, type, starts_at, created_at, updated_at, created_by, updated_by) VALUES ('m1', 'casusoverleg', @t, @t, @t, 'x', 'x')").run({ t });
    expect(dirty(db)).toEqual([]);
    db.prepare("INSERT INTO regie_action_reviews (action_id, meeting_id, reason, created_at, created_by) VALUES ('a1', 'm1', 'niet_gedaan', @t, 'x')").run({ t });
    expect(dirty(db)).toEqual(['f1']);
    refreshFollowUpIndex(db);
    db.prepare("UPDATE families SET display_name = 'Gezin Çelik-de Boer' WHERE id = 'f2'").run();
    expect(dirty(db)).toEqual(['f2']);
    // An upsert or INSERT OR REPLACE of a family's row overrides the trigger's conflict clause: the
    // mark must never fail the user's write when the family is already marked.
    const replace = db.prepare(
      `INSERT OR REPLACE INTO regie_actions (id, family_id, kind, description, status, owner_family, created_at, updated_at, created_by, updated_by)
       VALUES ('a1', 'f1', 'actie', 'Huisbezoek morgen', 'open', 1, @t, @t, 'x', 'x')`,
    );
    replace.run({ t });
    replace.run({ t });
    expect(dirty(db)).toEqual(['f1', 'f2']);
    db.prepare('UPDATE settings SET auto_lock_minutes = auto_lock_minutes').run();
    expect(dirty(db)).toContain('*');
  });

  it('has the triggers on every table that holds a family’s rows, so a table added later cannot be forgotten', () => {
    const db = new Database(':memory:');
    runMigrations(db, now);
    const triggers = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const leftOut = new Set(['audit_log', 'destruction_requests', 'destructions', ...DERIVED_TABLES]);
    const family = tables.filter((t) => !leftOut.has(t) && (db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name IN ('family_id', 'assessment_id', 'action_id')").get(t) !== undefined || t === 'families'));
    expect(family.length).toBeGreaterThan(25);
    for (const table of family) {
      for (const when of ['insert', 'update', 'delete']) expect(triggers, `${table} ${when}`).toContain(`follow_up_dirty_${table}_${when}`);
    }
  });
});
