import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-06T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 13);
const upTo13 = MIGRATIONS.filter((m) => m.version <= 13);

function beforeReporting() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Visser', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    "INSERT INTO export_log (id, at, operator, kind, file_name, included, withheld, audit_seq) VALUES ('e1', ?, 'Femke Brouwer', 'tijdlijn', 'tijdlijn-2026-12-01.svg', '12 gebeurtenissen', '', 3)",
  ).run(t);
  db.prepare("INSERT INTO export_log_families (export_id, family_id) VALUES ('e1', 'f1')").run();
  return db;
}

describe('migration 0013 (reporting)', () => {
  it('keeps every logged export and its link to the family, and now admits a report', () => {
    const db = beforeReporting();
    expect(() => db.prepare("INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES ('e2', 'x', 'x', 'rapportage', 'r.csv', 4)").run()).toThrow(/CHECK/);
    runMigrations(db, now, upTo13);
    expect(schemaVersion(db)).toBe(13);
    expect(db.prepare('SELECT id, kind, file_name, included, audit_seq FROM export_log').all()).toEqual([
      { id: 'e1', kind: 'tijdlijn', file_name: 'tijdlijn-2026-12-01.svg', included: '12 gebeurtenissen', audit_seq: 3 },
    ]);
    expect(db.prepare('SELECT export_id, family_id FROM export_log_families').all()).toEqual([{ export_id: 'e1', family_id: 'f1' }]);
    db.prepare("INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES ('e2', 'x', 'x', 'rapportage', 'r.csv', 4)").run();
    expect(() => db.prepare("INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES ('e3', 'x', 'x', 'iets_anders', 'r.csv', 5)").run()).toThrow(/CHECK/);
    // The links still follow the family and the log entry.
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM export_log_families').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'export_log%' ORDER BY name").pluck().all()).toEqual([
      'export_log',
      'export_log_at',
      'export_log_families',
      'export_log_families_family',
      'export_log_meeting',
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('sets the suppression threshold to 5 and refuses one that protects nobody', () => {
    const db = beforeReporting();
    runMigrations(db, now, upTo13);
    expect(db.prepare('SELECT report_min_count FROM settings').get()).toEqual({ report_min_count: 5 });
    expect(() => db.prepare('UPDATE settings SET report_min_count = 2').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE settings SET report_min_count = 51').run()).toThrow(/CHECK/);
    db.prepare('UPDATE settings SET report_min_count = 10').run();
    expect(db.prepare('SELECT report_min_count FROM settings').get()).toEqual({ report_min_count: 10 });
  });

  it('lets a report read the timeline from an index, not from the pages of the events themselves', () => {
    const db = beforeReporting();
    runMigrations(db, now, upTo13);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status
         FROM timeline_events WHERE type IN ('signaal', 'verwijzing', 'hulp_gestart') AND sort_key < 20000000000`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING COVERING INDEX timeline_events_report');
  });

  it('gives the search row of every family the rowid of the family, with the same words as before', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys=ON');
    runMigrations(db, now, before);
    const t = now().toISOString();
    for (const [id, name] of [['f1', 'Gezin Visser'], ['f2', 'Gezin Bosman']]) {
      db.prepare("INSERT INTO families VALUES (?, ?, 0, '', ?, ?, 'x', 'x')").run(id, name, t, t);
    }
    // Before: rows in an order of their own (here the reverse), as years of edits leave them.
    db.prepare("INSERT INTO family_search (rowid, family_id, names, schools, organisations, professionals) VALUES (7, 'f2', 'Gezin Bosman ', '', '', '')").run();
    db.prepare("INSERT INTO family_search (rowid, family_id, names, schools, organisations, professionals) VALUES (9, 'f1', 'Gezin Visser ', '', '', '')").run();
    runMigrations(db, now, upTo13);
    expect(db.prepare('SELECT s.rowid AS search_rowid, f.rowid AS family_rowid, s.family_id, s.names FROM family_search s JOIN families f ON f.id = s.family_id ORDER BY s.family_id').all()).toEqual([
      { search_rowid: 1, family_rowid: 1, family_id: 'f1', names: 'Gezin Visser ' },
      { search_rowid: 2, family_rowid: 2, family_id: 'f2', names: 'Gezin Bosman ' },
    ]);
    expect(db.prepare("SELECT family_id FROM family_search WHERE family_search MATCH 'viss*'").all()).toEqual([{ family_id: 'f1' }]);
  });
});
