import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0005 } from '../../../../electron/core/migrations/0005_regie';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-11-28T09:00:00.000Z');

function beforeRegie() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 5));
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bakker', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations VALUES ('o1', 'Wijkteam Emmen', 'wijkteam', 'duidend', '', '', '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO professionals VALUES ('p1', 'o1', 'Roel Venema', '', '', '', '[]', ?, ?, 'x', 'x')").run(t, t);
  return { db, t };
}

const decision = (db: Database.Database, t: string, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO regie_decisions (id, family_id, kind, professional_id, organisation_id, mandate, since, judgement, reasons, ended_on, recorded_by, recorded_at, created_at, updated_at, created_by, updated_by)
       VALUES (@id, 'f1', @kind, @pro, @org, @mandate, '2026-11-01', @judgement, @reasons, @ended, 'x', @t, @t, @t, 'x', 'x')`,
    )
    .run({ id: 'd1', kind: 'regisseur', pro: 'p1', org: 'o1', mandate: 'drang', judgement: '', reasons: '', ended: null, t, ...over });

describe('migration 0005 (regie and follow-up)', () => {
  it('upgrades a vault at version 4 to 5 with families kept', () => {
    const { db } = beforeRegie();
    runMigrations(db, now, [...MIGRATIONS.filter((m) => m.version < 5), migration0005]);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT display_name FROM families').get()).toEqual({ display_name: 'Gezin Bakker' });
  });

  it('allows one active regie decision per family, any number of ended ones', () => {
    const { db, t } = beforeRegie();
    runMigrations(db, now);
    decision(db, t, { id: 'd0', ended: '2026-11-01' });
    decision(db, t);
    expect(() => decision(db, t, { id: 'd2' })).toThrow(/UNIQUE/);
  });

  it('refuses a regisseur without person, organisation or mandate, and eigen regie without judgement or reasons', () => {
    const { db, t } = beforeRegie();
    runMigrations(db, now);
    expect(() => decision(db, t, { mandate: null })).toThrow(/CHECK/);
    expect(() => decision(db, t, { pro: null })).toThrow(/CHECK/);
    expect(() => decision(db, t, { kind: 'eigen_regie', pro: null, org: null, mandate: null, judgement: 'kan zelf', reasons: '' })).toThrow(/CHECK/);
    expect(() => decision(db, t, { kind: 'eigen_regie', pro: null, org: null, mandate: null, judgement: 'kan zelf', reasons: 'netwerk' })).not.toThrow();
  });

  it('refuses an action without owner and values outside the vocabulary', () => {
    const { db, t } = beforeRegie();
    runMigrations(db, now);
    const act = (over: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO regie_actions (id, family_id, kind, description, owner_professional_id, owner_organisation_id, status, created_at, updated_at, created_by, updated_by)
           VALUES (lower(hex(randomblob(8))), 'f1', @kind, 'x', @pro, @org, @status, @t, @t, 'x', 'x')`,
        )
        .run({ kind: 'actie', pro: 'p1', org: null, status: 'open', t, ...over });
    expect(() => act({})).not.toThrow();
    expect(() => act({ pro: null })).toThrow(/CHECK/);
    expect(() => act({ kind: 'klusje' })).toThrow(/CHECK/);
    expect(() => act({ status: 'misschien' })).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO escalation_steps (id, family_id, step, date, trigger, decided_by, reasons, recorded_at, created_at) VALUES ('s1', 'f1', 'dwang', '2026-11-01', '', 'x', 'y', ?, ?)").run(t, t)).toThrow(/CHECK/);
  });

  it('removes all regie rows with the family', () => {
    const { db, t } = beforeRegie();
    runMigrations(db, now);
    decision(db, t);
    db.prepare("INSERT INTO case_closures (id, family_id, status, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'f1', 'open', ?, ?, 'x', 'x')").run(t, t);
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM regie_decisions) + (SELECT count(*) FROM case_closures) AS n').get()).toEqual({ n: 0 });
  });
});
