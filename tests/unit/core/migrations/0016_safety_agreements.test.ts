import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 16);
const upTo16 = MIGRATIONS.filter((m) => m.version <= 16);
const T = now().toISOString();

/** A vault at version 15 with one family, two children and a network member (fictional names). */
function beforeSafetyAgreements() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Visser', 0, '', ?, ?, 'x', 'x')").run(T, T);
  const member = db.prepare(
    "INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES (?, 'f1', 'kind', ?, 'Visser', ?, ?, ?, 'x', 'x')",
  );
  member.run('c1', 'Fenna', '2018-05-01', T, T);
  member.run('c2', 'Sem', '2020-09-12', T, T);
  db.prepare("INSERT INTO family_network_members (id, family_id, name, relation, created_at, updated_at, created_by, updated_by) VALUES ('n1', 'f1', 'Wil Visser', 'oma', ?, ?, 'x', 'x')").run(T, T);
  return db;
}

const insert = (db: Database.Database, over: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO safety_agreements (id, family_id, child_ids, what, owner_professional_id, owner_organisation_id, owner_family, owner_network_member_id,
         due_date, status, parents_agreement, parents_agreed_on, done_on, created_at, updated_at, created_by, updated_by)
       VALUES (@id, 'f1', @child_ids, @what, NULL, NULL, @owner_family, @owner_network_member_id, '2026-12-10', @status, '', NULL, NULL, @t, @t, 'x', 'x')`,
    )
    .run({ id: 's1', child_ids: '["c1"]', what: 'Fenna slaapt bij oma', owner_family: 0, owner_network_member_id: 'n1', status: 'open', t: T, ...over });

describe('migration 0016 (safety agreements)', () => {
  it('adds an empty table of safety agreements and leaves every existing row as it was', () => {
    const db = beforeSafetyAgreements();
    const families = db.prepare('SELECT * FROM families').all();
    runMigrations(db, now, upTo16);
    expect(schemaVersion(db)).toBe(16);
    expect(db.prepare('SELECT count(*) AS n FROM safety_agreements').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT * FROM families').all()).toEqual(families);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('holds an agreement for one or more children with exactly one owner, open or done', () => {
    const db = beforeSafetyAgreements();
    runMigrations(db, now, upTo16);
    insert(db, {});
    insert(db, { id: 's2', child_ids: '["c1","c2"]', owner_family: 1, owner_network_member_id: null, status: 'gedaan' });
    expect(db.prepare('SELECT id, json_array_length(child_ids) AS n, status FROM safety_agreements ORDER BY id').all()).toEqual([
      { id: 's1', n: 1, status: 'open' },
      { id: 's2', n: 2, status: 'gedaan' },
    ]);
    expect(() => insert(db, { id: 's3', child_ids: '[]' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 's4', owner_network_member_id: null })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 's5', owner_family: 1 })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 's6', status: 'vervallen' })).toThrow(/CHECK/);
    expect(() => insert(db, { id: 's7', what: '  ' })).toThrow(/CHECK/);
  });

  it('goes with its family when the family is destroyed', () => {
    const db = beforeSafetyAgreements();
    runMigrations(db, now, upTo16);
    insert(db, {});
    db.transaction(() => {
      db.prepare("DELETE FROM family_network_members WHERE family_id = 'f1'").run();
      db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    })();
    expect(db.prepare('SELECT count(*) AS n FROM safety_agreements').get()).toEqual({ n: 0 });
  });
});
