import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0020 } from '../../../../electron/core/migrations/0020_release_scope';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const BEFORE = MIGRATIONS.filter((m) => m.version < 20);
const UP_TO = [...BEFORE, migration0020];

/** A vault as it stood before releases had a scope: three releases, one per basis then known. */
function beforeReleaseScope() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Mulder', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, place, phone, email, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'Huisartsenpraktijk Kloosterveen', 'huisarts', 'duidend', 'Assen', '', '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, place, phone, email, created_at, updated_at, created_by, updated_by) VALUES ('o2', 'Wijkteam Assen-Noord', 'wijkteam', 'duidend', 'Assen', '', '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO professionals (id, organisation_id, name, role, phone, email, created_at, updated_at, created_by, updated_by) VALUES ('p1', 'o1', 'Sietske Bos', 'huisarts', '', '', ?, ?, 'x', 'x')").run(t, t);
  const release = db.prepare(
    "INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis) VALUES ('tijdlijn', ?, 'f1', 'Moeder stemde in', 'Sanne de Wit', ?, ?, ?)",
  );
  release.run('e1', t, 'p1', 'toestemming');
  release.run('e2', t, 'p1', 'conflict_van_plichten');
  release.run('e3', t, null, 'niet_vastgelegd');
  return { db, t };
}

const rows = (db: Database.Database) =>
  db.prepare('SELECT item_id, reason, released_by, holder_professional_id, basis, organisation_ids, conflict_of_duties_id, confirmation, meeting_id, written_reference FROM secrecy_releases ORDER BY item_id').all();

describe('migration 0020 (a release from medical secrecy gets a scope)', () => {
  it('upgrades a vault at version 19: every release keeps its reason, holder and basis, and names no recipients (recorded before releases had a scope)', () => {
    const { db } = beforeReleaseScope();
    runMigrations(db, now, UP_TO);
    expect(schemaVersion(db)).toBe(20);
    const old = { reason: 'Moeder stemde in', released_by: 'Sanne de Wit', organisation_ids: null, conflict_of_duties_id: null, confirmation: null, meeting_id: null, written_reference: null };
    expect(rows(db)).toEqual([
      { ...old, item_id: 'e1', holder_professional_id: 'p1', basis: 'toestemming' },
      { ...old, item_id: 'e2', holder_professional_id: 'p1', basis: 'conflict_van_plichten' },
      { ...old, item_id: 'e3', holder_professional_id: null, basis: 'niet_vastgelegd' },
    ]);
    // Still one release per item, still gone with its family.
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM secrecy_releases').get()).toEqual({ n: 0 });
  });

  it('holds a scoped release only with recipients, a holder, a basis (a decision for conflict van plichten) and a confirmation', () => {
    const { db, t } = beforeReleaseScope();
    runMigrations(db, now, UP_TO);
    db.prepare("INSERT INTO conflicts_of_duties (id, family_id, organisation_ids, decided_by, reasons, date, recorded_by, created_at) VALUES ('d1', 'f1', '[\"o2\"]', 'Femke Brouwer', 'Veiligheid van Sem', '2026-12-01', 'x', ?)").run(t);
    const insert = (id: string, over: Record<string, unknown>) => {
      const row = { holder: 'p1', basis: 'toestemming', orgs: '["o2"]', decision: null, confirmation: 'schriftelijk', meeting: null, reference: 'e-mail 3 december, kenmerk HA-31', ...over };
      db.prepare(
        `INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis, organisation_ids, conflict_of_duties_id, confirmation, meeting_id, written_reference)
         VALUES ('tijdlijn', ?, 'f1', 'Moeder stemde in', 'Sanne de Wit', ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, t, row.holder, row.basis, row.orgs, row.decision, row.confirmation, row.meeting, row.reference);
    };
    expect(() => insert('n1', { orgs: '[]' })).toThrow(/CHECK/);
    expect(() => insert('n2', { holder: null })).toThrow(/CHECK/);
    expect(() => insert('n3', { confirmation: null })).toThrow(/CHECK/);
    expect(() => insert('n4', { reference: '  ' })).toThrow(/CHECK/);
    expect(() => insert('n5', { basis: 'conflict_van_plichten' })).toThrow(/CHECK/);
    expect(() => insert('n6', { basis: 'niet_vastgelegd' })).toThrow(/CHECK/);
    expect(() => insert('n7', { basis: 'omdat het moest' })).toThrow(/CHECK/);
    insert('s1', {});
    insert('s2', { basis: 'conflict_van_plichten', decision: 'd1' });
    insert('s3', { basis: 'meldrecht' });
    expect(db.prepare("SELECT count(*) AS n FROM secrecy_releases WHERE organisation_ids IS NOT NULL").get()).toEqual({ n: 3 });
  });
});
