import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0011 } from '../../../../electron/core/migrations/0011_family_plan';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-06T09:00:00.000Z');
const BEFORE = MIGRATIONS.filter((m) => m.version < 11);
const t = now().toISOString();

function atVersion10() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Hoekstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'Wijkteam Noord', 'wijkteam', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    `INSERT INTO meetings (id, type, title, starts_at, location, created_at, updated_at, created_by, updated_by)
     VALUES ('m1', 'wijkteam_casuistiek', 'Casuïstiek', '2026-11-02T09:00:00.000Z', '', ?, ?, 'x', 'x')`,
  ).run(t, t);
  db.prepare(
    `INSERT INTO regie_actions (id, family_id, kind, description, owner_organisation_id, due_date, status, informed, informing_postponed_until, informing_postponed_reason, created_at, updated_at, created_by, updated_by)
     VALUES ('r1', 'f1', 'verwijsindex', 'Registreren in de Verwijsindex', 'o1', '2026-11-20', 'open', 0, '2026-12-01', 'Vader zou de hulp stoppen', ?, ?, 'x', 'x')`,
  ).run(t, t);
  db.prepare("INSERT INTO regie_action_reviews VALUES ('r1', 'm1', 'wacht_op_ander', 'Wacht op vader', ?, 'x')").run(t);
  return db;
}

const insertAction = (db: Database.Database, id: string, owner: { org?: string; family?: 0 | 1; network?: string }) =>
  db
    .prepare(
      `INSERT INTO regie_actions (id, family_id, kind, description, owner_organisation_id, owner_family, owner_network_member_id, due_date, status, created_at, updated_at, created_by, updated_by)
       VALUES (?, 'f1', 'actie', 'Kinderen ophalen', ?, ?, ?, '2026-12-10', 'open', ?, ?, 'x', 'x')`,
    )
    .run(id, owner.org ?? null, owner.family ?? 0, owner.network ?? null, t, t);

describe('migration 0011 (family plan, Meldcode steps, digest sessions)', () => {
  it('keeps every action and its review through the rebuild of the actions table', () => {
    const db = atVersion10();
    runMigrations(db, now, [...BEFORE, migration0011]);
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare("SELECT owner_organisation_id, owner_family, owner_network_member_id, informing_postponed_until, informing_postponed_reason FROM regie_actions WHERE id = 'r1'").get()).toEqual({
      owner_organisation_id: 'o1',
      owner_family: 0,
      owner_network_member_id: null,
      informing_postponed_until: '2026-12-01',
      informing_postponed_reason: 'Vader zou de hulp stoppen',
    });
    expect(db.prepare('SELECT action_id, meeting_id, reason, note FROM regie_action_reviews').all()).toEqual([
      { action_id: 'r1', meeting_id: 'm1', reason: 'wacht_op_ander', note: 'Wacht op vader' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'regie_actions' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()).toEqual([
      { name: 'regie_actions_due' },
      { name: 'regie_actions_family' },
      { name: 'regie_actions_network_owner' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Deleting the family still takes its actions and their reviews along.
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM regie_action_reviews').get()).toEqual({ n: 0 });
  });

  it('lets the family or a network member own an action, but exactly one owner', () => {
    const db = atVersion10();
    runMigrations(db, now);
    db.prepare("INSERT INTO family_network_members (id, family_id, name, relation, contribution, created_at, updated_at, created_by, updated_by) VALUES ('n1', 'f1', 'Wil Hoekstra', 'oma', 'haalt de kinderen op', ?, ?, 'x', 'x')").run(t, t);
    insertAction(db, 'a1', { network: 'n1' });
    insertAction(db, 'a2', { family: 1 });
    expect(() => insertAction(db, 'a3', {})).toThrow(/CHECK/);
    expect(() => insertAction(db, 'a4', { org: 'o1', family: 1 })).toThrow(/CHECK/);
    expect(() => insertAction(db, 'a5', { network: 'n1', family: 1 })).toThrow(/CHECK/);
    // A network member who still owns an action cannot disappear on their own…
    expect(() => db.prepare("DELETE FROM family_network_members WHERE id = 'n1'").run()).toThrow(/FOREIGN KEY/);
    // …but destroying the family deletes its rows in any order (checked at commit).
    db.transaction(() => {
      db.prepare("DELETE FROM family_network_members WHERE family_id = 'f1'").run();
      db.prepare("DELETE FROM regie_actions WHERE family_id = 'f1'").run();
    })();
    expect(db.prepare('SELECT count(*) AS n FROM regie_actions').get()).toEqual({ n: 0 });
  });

  it('never changes an agreed plan version, and asks who agreed', () => {
    const db = atVersion10();
    runMigrations(db, now);
    const insert = db.prepare("INSERT INTO family_plan_versions VALUES (?, 'f1', ?, '2026-12-01', ?, '{}', 'x', ?)");
    insert.run('v1', 1, JSON.stringify([{ name: 'Anouk Hoekstra', role: 'moeder' }]), t);
    expect(() => insert.run('v2', 1, JSON.stringify([{ name: 'Anouk Hoekstra', role: 'moeder' }]), t)).toThrow(/UNIQUE/);
    expect(() => insert.run('v3', 2, '[]', t)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE family_plan_versions SET agreed_on = '2026-12-02' WHERE id = 'v1'").run()).toThrow(/verandert nooit/);
  });

  it('records Meldcode steps only with an outcome, anonymity only for Veilig Thuis advice, and a conversation with who led it', () => {
    const db = atVersion10();
    runMigrations(db, now);
    const insert = db.prepare(
      `INSERT INTO meldcode_steps (id, family_id, professional_name, professional_discipline, step, date, anonymous, with_whom, led_by, outcome, created_at, updated_at, created_by, updated_by)
       VALUES (?, 'f1', 'Jolien de Boer', 'JGZ', ?, '2026-12-01', ?, '', ?, ?, ?, ?, 'x', 'x')`,
    );
    insert.run('s1', 'advies_veilig_thuis', 1, '', 'Advies: gesprek met moeder voeren', t, t);
    expect(() => insert.run('s2', 'collegiaal_consult', 1, '', 'Besproken', t, t)).toThrow(/CHECK/);
    expect(() => insert.run('s3', 'gesprek_ouder_kind', 0, '', 'Moeder herkent de zorgen', t, t)).toThrow(/CHECK/);
    expect(() => insert.run('s4', 'collegiaal_consult', 0, '', '  ', t, t)).toThrow(/CHECK/);
  });

  it('defaults the digest to six weeks without discussion, within 1 to 52', () => {
    const db = atVersion10();
    runMigrations(db, now);
    expect(db.prepare('SELECT not_discussed_weeks FROM settings WHERE id = 1').get()).toEqual({ not_discussed_weeks: 6 });
    expect(() => db.prepare('UPDATE settings SET not_discussed_weeks = 0').run()).toThrow(/CHECK/);
  });
});
