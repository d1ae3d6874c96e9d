import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { familyTables } from '../../../../electron/core/privacy/familyTables';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 18);
const upTo18 = MIGRATIONS.filter((m) => m.version <= 18);

/** A vault from before: the Bakker family, the mother in GGZ treatment. */
function beforeKindcheckByOthers() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bakker', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO family_members (id, family_id, role, given_name, family_name, created_at, updated_at, created_by, updated_by) VALUES ('m1', 'f1', 'ouder', 'Marieke', 'Bakker', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'GGZ Drenthe', 'ggz', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    "INSERT INTO involvements (id, family_id, member_id, organisation_id, mandate, vir_registered, legal_basis, created_at, updated_at, created_by, updated_by) VALUES ('i1', 'f1', 'm1', 'o1', 'vrijwillig', 'onbekend', 'toestemming', ?, ?, 'x', 'x')",
  ).run(t, t);
  return db;
}

const answer = (db: Database.Database, id: string, knows: string, own: string) =>
  db
    .prepare(
      "INSERT INTO involvement_kindchecks (id, family_id, involvement_id, knows_children, own_kindcheck, created_at, updated_at, created_by, updated_by) VALUES (?, 'f1', 'i1', ?, ?, 'x', 'x', 'x', 'x')",
    )
    .run(id, knows, own);

describe('migration 0018 (Kindcheck by others)', () => {
  it('keeps every involvement as it was and leaves each one unanswered', () => {
    const db = beforeKindcheckByOthers();
    const involvementsBefore = db.prepare('SELECT * FROM involvements').all();
    runMigrations(db, now, upTo18);
    expect(schemaVersion(db)).toBe(18);
    expect(db.prepare('SELECT * FROM involvements').all()).toEqual(involvementsBefore);
    expect(db.prepare('SELECT count(*) AS n FROM involvement_kindchecks').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('holds one answer per involvement, only ja / nee / onbekend', () => {
    const db = beforeKindcheckByOthers();
    runMigrations(db, now, upTo18);
    answer(db, 'k1', 'ja', 'onbekend');
    expect(() => answer(db, 'k2', 'nee', 'nee')).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM involvement_kindchecks WHERE id = 'k1'").run();
    expect(() => answer(db, 'k3', 'misschien', 'ja')).toThrow(/CHECK/);
    expect(() => answer(db, 'k4', 'ja', 'weet niet')).toThrow(/CHECK/);
  });

  it('goes with its involvement, and is destroyed and shown for inzage with its family', () => {
    const db = beforeKindcheckByOthers();
    runMigrations(db, now, upTo18);
    answer(db, 'k1', 'nee', 'nee');
    expect(familyTables(db)).toContain('involvement_kindchecks');
    db.prepare("DELETE FROM involvements WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM involvement_kindchecks').get()).toEqual({ n: 0 });
  });
});
