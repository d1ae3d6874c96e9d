import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-08T09:00:00.000Z');

describe('migration 0024 (organisation address)', () => {
  it('gives every organisation an empty street and postcode, keeping its place, phone and e-mail', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys=ON');
    runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 24));
    const t = now().toISOString();
    db.prepare(
      `INSERT INTO organisations (id, name, type, function, place, phone, email, medical_secrecy, created_at, updated_at, created_by, updated_by)
       VALUES ('o1', 'Wijkteam Emmen-Oost', 'wijkteam', 'duidend', 'Emmen', '0591-123456', 'wijkteam@emmen.example', 'nee', @t, @t, 'x', 'x')`,
    ).run({ t });
    runMigrations(db, now);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(24);
    expect(db.prepare('SELECT name, street, postcode, place, phone FROM organisations').get()).toEqual({
      name: 'Wijkteam Emmen-Oost',
      street: '',
      postcode: '',
      place: 'Emmen',
      phone: '0591-123456',
    });
  });
});
