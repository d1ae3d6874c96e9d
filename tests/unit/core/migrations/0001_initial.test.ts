import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { APP_MARKER, migration0001 } from '../../../../electron/core/migrations/0001_initial';
import { LATEST_SCHEMA_VERSION, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

// Migrations are plain SQL over a connection; an in-memory database shows their effect without
// paying for the key derivation.
function fresh() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  return db;
}

const now = () => new Date('2026-03-02T09:00:00.000Z');

describe('migration 0001 (initial schema)', () => {
  it('marks the database as a Casustafel vault at version 1 with its creation time', () => {
    const db = fresh();
    runMigrations(db, now, [migration0001]);
    expect(schemaVersion(db)).toBe(1);
    const meta = Object.fromEntries(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    expect(meta).toMatchObject({ app: APP_MARKER, created_at: '2026-03-02T09:00:00.000Z', audit_head_seq: '0' });
  });

  it('seeds the default settings: auto-lock after 10 minutes, keep 10 backups', () => {
    const db = fresh();
    runMigrations(db, now, [migration0001]);
    expect(db.prepare('SELECT auto_lock_minutes, backup_keep FROM settings').all()).toEqual([
      { auto_lock_minutes: 10, backup_keep: 10 },
    ]);
  });

  it('accepts only the known household roles and ties members to an existing family', () => {
    const db = fresh();
    runMigrations(db, now, [migration0001]);
    const t = '2026-03-02T09:00:00.000Z';
    db.prepare(
      "INSERT INTO families (id, display_name, anonymous, note, created_at, updated_at, created_by, updated_by) VALUES ('f1', 'Familie Test', 0, '', ?, ?, 'x', 'x')",
    ).run(t, t);
    const member = db.prepare(
      'INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)',
    );
    for (const role of ['kind', 'ouder', 'verzorger', 'huisgenoot', 'verwacht_kind']) {
      member.run(`m-${role}`, 'f1', role, 'Voornaam', 'Achternaam', t, t, 'x', 'x');
    }
    expect(() => member.run('m-x', 'f1', 'buurman', 'V', 'A', t, t, 'x', 'x')).toThrow(/CHECK/);
    expect(() => member.run('m-y', 'geen-gezin', 'kind', 'V', 'A', t, t, 'x', 'x')).toThrow(/FOREIGN KEY/);
  });

  it('creates exactly its tables, and running it again changes nothing', () => {
    const db = fresh();
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    runMigrations(db, now, [migration0001]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    runMigrations(db, now, [migration0001]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).toEqual(tables);
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(['audit_log', 'families', 'family_members', 'meta', 'settings']);
  });

  it('rolls back completely when a migration fails halfway', () => {
    const db = fresh();
    const broken = {
      version: 1,
      name: 'broken',
      up: (d: typeof db) => {
        d.exec('CREATE TABLE half (x)');
        throw new Error('boom');
      },
    };
    expect(() => runMigrations(db, now, [broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });
});
