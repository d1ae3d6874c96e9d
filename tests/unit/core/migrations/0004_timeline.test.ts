import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-11-28T09:00:00.000Z');

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Hofstee', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, place, phone, email, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'CJG Assen', 'cjg', 'duidend', '', '', '', ?, ?, 'x', 'x')").run(t, t);
  return { db, t };
}

const insert = (db: Database.Database, t: string, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO timeline_events (id, family_id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, legal_basis, recorded_by, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @family, @type, '2024-voorjaar', 19783000, @org, NULL, @status, @basis, 'x', @t, @t, 'x', 'x')`,
    )
    .run({ id: 'e1', family: 'f1', type: 'verwijzing', org: 'o1', status: 'verstuurd', basis: 'toestemming', t, ...over });

describe('migration 0004 (timeline)', () => {
  it('creates the timeline table with its sort index', () => {
    const { db, t } = migrated();
    insert(db, t);
    expect(db.prepare('SELECT date, sort_key FROM timeline_events').get()).toEqual({ date: '2024-voorjaar', sort_key: 19783000 });
    expect((db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'timeline_events'").all() as { name: string }[]).map((r) => r.name)).toContain('timeline_events_family');
  });

  it('refuses values outside the vocabulary and unknown families or organisations', () => {
    const { db, t } = migrated();
    expect(() => insert(db, t, { type: 'roddel' })).toThrow(/CHECK/);
    expect(() => insert(db, t, { status: 'kwijt' })).toThrow(/CHECK/);
    expect(() => insert(db, t, { basis: 'nieuwsgierigheid' })).toThrow(/CHECK/);
    expect(() => insert(db, t, { family: 'f9' })).toThrow(/FOREIGN KEY/);
    expect(() => insert(db, t, { org: 'o9' })).toThrow(/FOREIGN KEY/);
  });

  it('removes a family\'s events with the family', () => {
    const { db, t } = migrated();
    insert(db, t);
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: 0 });
  });
});
