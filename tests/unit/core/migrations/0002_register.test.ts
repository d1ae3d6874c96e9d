import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../../electron/core/migrations/0001_initial';
import { migration0002 } from '../../../../electron/core/migrations/0002_register';
import { LATEST_SCHEMA_VERSION, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-03-02T09:00:00.000Z');

function atVersion1WithAFamily() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, [migration0001]);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Hofstee', 0, 'notitie', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES ('m1', 'f1', 'kind', 'Fenna', 'Hofstee', '2017-05-04', ?, ?, 'x', 'x')").run(t, t);
  return db;
}

describe('migration 0002 (who-is-involved register)', () => {
  it('keeps existing families and members and makes them findable by name', () => {
    const db = atVersion1WithAFamily();
    runMigrations(db, now, [migration0001, migration0002]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT given_name, parental_authority, school_group FROM family_members').get()).toEqual({
      given_name: 'Fenna',
      parental_authority: 0,
      school_group: '',
    });
    expect(db.prepare("SELECT family_id FROM family_search WHERE family_search MATCH 'fenna'").all()).toEqual([{ family_id: 'f1' }]);
  });

  it('refuses values outside the vocabulary (mandate, VIR status, legal basis, consent status)', () => {
    const db = atVersion1WithAFamily();
    runMigrations(db, now, [migration0001, migration0002]);
    const t = now().toISOString();
    db.prepare("INSERT INTO organisations VALUES ('o1', 'CJG Assen', 'cjg', 'duidend', '', '', '', ?, ?, 'x', 'x')").run(t, t);
    const involvement = (mandate: string, vir: string, basis: string) =>
      db
        .prepare(
          `INSERT INTO involvements (id, family_id, member_id, professional_id, organisation_id, role, mandate, vir_registered, legal_basis, created_at, updated_at, created_by, updated_by)
           VALUES (lower(hex(randomblob(8))), 'f1', 'm1', NULL, 'o1', '', ?, ?, ?, ?, ?, 'x', 'x')`,
        )
        .run(mandate, vir, basis, t, t);
    expect(() => involvement('vrijwillig', 'onbekend', 'toestemming')).not.toThrow();
    expect(() => involvement('dwingend', 'onbekend', 'toestemming')).toThrow(/CHECK/);
    expect(() => involvement('drang', 'misschien', 'toestemming')).toThrow(/CHECK/);
    expect(() => involvement('dwang', 'ja', 'nieuwsgierigheid')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO consents VALUES ('c1', 'f1', 'm1', 'misschien', '[]', '', '2026-01-01', 'x', ?)").run(t)).toThrow(/CHECK/);
  });

  it('removes a family’s register rows with the family', () => {
    const db = atVersion1WithAFamily();
    runMigrations(db, now, [migration0001, migration0002]);
    const t = now().toISOString();
    db.prepare("INSERT INTO consents VALUES ('c1', 'f1', 'm1', 'gegeven', '[]', '', '2026-01-01', 'x', ?)").run(t);
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM consents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM family_members').get()).toEqual({ n: 0 });
  });
});

describe('all migrations together', () => {
  it('reach the latest version, and running them again changes nothing', () => {
    const db = new Database(':memory:');
    runMigrations(db, now);
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    runMigrations(db, now);
    expect(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });
});
