import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { readClosure } from '../../../../electron/core/regie/caseClosure';
import { listActions } from '../../../../electron/core/regie/regieActions';
import { readSettings } from '../../../../electron/core/settings/settingsService';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 15);
const upTo15 = MIGRATIONS.filter((m) => m.version <= 15);
const t = now().toISOString();

/** A vault at version 14 with an open action and a closure whose children were seen before the structured contact existed. */
function atVersion14() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Veenstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'Wijkteam Noord', 'wijkteam', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    `INSERT INTO regie_actions (id, family_id, kind, description, owner_organisation_id, due_date, status, created_at, updated_at, created_by, updated_by)
     VALUES ('00000000-0000-4000-8000-000000000001', 'f1', 'actie', 'Aanmelden bij de schuldhulp', 'o1', '2026-12-10', 'open', ?, ?, 'x', 'x')`,
  ).run(t, t);
  db.prepare(
    `INSERT INTO case_closures (id, family_id, safety_judgement, safety_judgement_date, children_seen, status, created_at, updated_at, created_by, updated_by)
     VALUES ('00000000-0000-4000-8000-0000000000c1', 'f1', 'Daan is veilig', '2026-11-20', '[{"memberId":"00000000-0000-4000-8000-0000000000d1","date":"2026-11-19"}]', 'open', ?, ?, 'x', 'x')`,
  ).run(t, t);
  return db;
}

describe('migration 0015 (the whole family)', () => {
  it('adds the weeks for recent contact (6) and for families at verhoogd (12), and refuses nonsense', () => {
    const db = atVersion14();
    runMigrations(db, now, upTo15);
    expect(schemaVersion(db)).toBe(15);
    expect(readSettings(db)).toMatchObject({ notDiscussedWeeks: 6, contactWeeks: 6, raisedConcernWeeks: 12 });
    expect(() => db.prepare('UPDATE settings SET contact_weeks = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE settings SET raised_concern_weeks = 105').run()).toThrow(/CHECK/);
  });

  it('keeps every action, not carried over, so an open one still holds the gate; older contacts read their new fields as empty', () => {
    const db = atVersion14();
    runMigrations(db, now, upTo15);
    expect(listActions(db, 'f1').map((a) => [a.description, a.status, a.carryOverReason])).toEqual([['Aanmelden bij de schuldhulp', 'open', '']]);
    expect(readClosure(db, 'f1')?.childrenSeen).toEqual([{ memberId: '00000000-0000-4000-8000-0000000000d1', date: '2026-11-19' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
