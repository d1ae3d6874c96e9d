import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0008 } from '../../../../electron/core/migrations/0008_retention';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-11-28T09:00:00.000Z');

function beforeRetention() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 8));
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bakker', 0, '', ?, ?, 'x', 'x')").run(t, t);
  return { db, t };
}

const destruction = (db: Database.Database, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO destructions (id, family_id, family_ref, reason, reason_text, retention_class, request_id, removed, destroyed_at, destroyed_by, audit_seq)
       VALUES (@id, 'f1', 'Dossier f1', @reason, @text, 'jeugdhulp', @request, 'het gezin', '2026-11-28T09:00:00.000Z', 'x', 1)`,
    )
    .run({ id: 'd1', reason: 'anders', text: 'dubbel', request: null, ...over });

describe('migration 0008 (retention and destruction)', () => {
  it('upgrades a vault at version 7 to 8 with families kept and the default periods seeded', () => {
    const { db } = beforeRetention();
    runMigrations(db, now, [...MIGRATIONS.filter((m) => m.version < 8), migration0008]);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT display_name FROM families').get()).toEqual({ display_name: 'Gezin Bakker' });
    expect(db.prepare('SELECT retention_class, years FROM retention_periods ORDER BY years').all()).toEqual([
      { retention_class: 'school', years: 2 },
      { retention_class: 'school_verwijzing_sbo_so', years: 3 },
      { retention_class: 'school_verzuim', years: 5 },
      { retention_class: 'jeugdhulp', years: 20 },
    ]);
  });

  it('removes a family retention row with the family, but keeps requests and destructions', () => {
    const { db, t } = beforeRetention();
    runMigrations(db, now);
    db.prepare("INSERT INTO family_retention VALUES ('f1', 'school', '2026-07-01', ?, 'x')").run(t);
    db.prepare(
      "INSERT INTO destruction_requests (id, family_id, family_ref, requester_role, request_date, decision, decided_by, decided_at) VALUES ('r1', 'f1', 'Dossier f1', 'jongere', '2026-11-01', 'toegewezen', 'x', ?)",
    ).run(t);
    destruction(db, { reason: 'verzoek_betrokkene', text: '', request: 'r1' });
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM family_retention').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM destruction_requests').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM destructions').get()).toEqual({ n: 1 });
  });

  it('refuses unknown classes, periods outside 1..115, "anders" without text and a request-based destruction without request', () => {
    const { db, t } = beforeRetention();
    runMigrations(db, now);
    expect(() => db.prepare("INSERT INTO family_retention VALUES ('f1', 'archief', NULL, ?, 'x')").run(t)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE retention_periods SET years = 0 WHERE retention_class = 'school'").run()).toThrow(/CHECK/);
    expect(() => destruction(db, { text: '' })).toThrow(/CHECK/);
    expect(() => destruction(db, { reason: 'verzoek_betrokkene', text: '' })).toThrow(/CHECK/);
  });

  it('never lets a recorded destruction change or disappear', () => {
    const { db } = beforeRetention();
    runMigrations(db, now);
    destruction(db);
    expect(() => db.prepare("UPDATE destructions SET reason_text = 'anders'").run()).toThrow(/verandert nooit/);
    expect(() => db.prepare('DELETE FROM destructions').run()).toThrow(/nooit verwijderd/);
  });
});
