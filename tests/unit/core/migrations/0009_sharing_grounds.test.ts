import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0009 } from '../../../../electron/core/migrations/0009_sharing_grounds';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-05T09:00:00.000Z');

function beforeSharingGrounds() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 9));
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Visser', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at) VALUES ('tijdlijn', 'e1', 'f1', 'Moeder stemde in', 'Femke Brouwer', ?)").run(t);
  return { db, t };
}

describe('migration 0009 (sharing grounds)', () => {
  it('upgrades a vault at version 8: a release made before keeps counting, and says its holder was not recorded', () => {
    const { db } = beforeSharingGrounds();
    runMigrations(db, now, [...MIGRATIONS.filter((m) => m.version < 9), migration0009]);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT reason, released_by, holder_professional_id, basis FROM secrecy_releases').get()).toEqual({
      reason: 'Moeder stemde in',
      released_by: 'Femke Brouwer',
      holder_professional_id: null,
      basis: 'niet_vastgelegd',
    });
  });

  it('holds a conflict van plichten only with organisations, who decided and why; it goes with its family', () => {
    const { db, t } = beforeSharingGrounds();
    runMigrations(db, now);
    const insert = (orgs: string, decidedBy: string, reasons: string) =>
      db
        .prepare("INSERT INTO conflicts_of_duties (id, family_id, organisation_ids, decided_by, reasons, date, recorded_by, created_at) VALUES (?, 'f1', ?, ?, ?, '2026-12-01', 'x', ?)")
        .run(`c${Math.random()}`, orgs, decidedBy, reasons, t);
    expect(() => insert('[]', 'Femke Brouwer', 'Veiligheid van het kind')).toThrow(/CHECK/);
    expect(() => insert('["o1"]', '', 'Veiligheid van het kind')).toThrow(/CHECK/);
    expect(() => insert('["o1"]', 'Femke Brouwer', '')).toThrow(/CHECK/);
    insert('["o1"]', 'Femke Brouwer, aandachtsfunctionaris', 'Lieke vertelde over slaan thuis');
    expect(db.prepare('SELECT count(*) AS n FROM conflicts_of_duties').get()).toEqual({ n: 1 });
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM conflicts_of_duties').get()).toEqual({ n: 0 });
  });

  it('accepts only the recorded release bases', () => {
    const { db, t } = beforeSharingGrounds();
    runMigrations(db, now);
    const release = (basis: string) =>
      db.prepare("INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, basis) VALUES ('tijdlijn', ?, 'f1', 'r', 'x', ?, ?)").run(`e-${basis}`, t, basis);
    expect(() => release('toestemming')).not.toThrow();
    expect(() => release('conflict_van_plichten')).not.toThrow();
    expect(() => release('omdat het moest')).toThrow(/CHECK/);
  });
});
