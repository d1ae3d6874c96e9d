import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { migration0007 } from '../../../../electron/core/migrations/0007_access_log';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import type { Operator } from '../../../../shared/contract/schemas';

const now = () => new Date('2026-11-28T09:00:00.000Z');
const SELF: Operator = { name: 'Anouk Smit', organisation: 'OBS De Kiekendief', role: 'intern begeleider' };
const FOR_COLLEAGUE: Operator = { ...SELF, onBehalfOf: 'Zorgteam De Kiekendief' };

/** A vault at version 6 whose audit chain was written by the code before "namens" existed. */
function chainBeforeAccessLog() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 7));
  for (let i = 0; i < 4; i += 1) {
    db.transaction(() =>
      appendAudit(db, SELF, { action: 'family.update', entity: 'family', entityId: 'f1', familyId: 'f1', summary: `Notitie gewijzigd (${i})` }, new Date(Date.UTC(2026, 10, 28, 9, i))),
    )();
  }
  return db;
}

const upgrade = (db: Database.Database) => runMigrations(db, now, [...MIGRATIONS.filter((m) => m.version < 7), migration0007]);

describe('migration 0007 (access log)', () => {
  it('upgrades version 6 to 7; every old entry gets an empty "namens" and the old chain still verifies', () => {
    const db = chainBeforeAccessLog();
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 4, problems: [] });
    upgrade(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT DISTINCT on_behalf_of FROM audit_log').all()).toEqual([{ on_behalf_of: '' }]);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 4, problems: [] });
  });

  it('new entries with "namens" chain onto the old ones; editing or clearing it afterwards is detected', () => {
    const db = chainBeforeAccessLog();
    upgrade(db);
    db.transaction(() => appendAudit(db, FOR_COLLEAGUE, { action: 'view', entity: 'family', entityId: 'f1', familyId: 'f1', summary: 'Dossier bekeken (dossier)' }, now()))();
    expect(db.prepare('SELECT on_behalf_of FROM audit_log WHERE seq = 5').get()).toEqual({ on_behalf_of: 'Zorgteam De Kiekendief' });
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 5 });

    db.prepare("UPDATE audit_log SET on_behalf_of = 'Iemand anders' WHERE seq = 5").run();
    expect(verifyAuditChain(db).problems).toContain('Regel 5 is gewijzigd nadat hij is vastgelegd.');
    db.prepare("UPDATE audit_log SET on_behalf_of = '' WHERE seq = 5").run();
    expect(verifyAuditChain(db).problems).toContain('Regel 5 is gewijzigd nadat hij is vastgelegd.');
  });

  it('"namens" added afterwards to an old entry is detected too', () => {
    const db = chainBeforeAccessLog();
    upgrade(db);
    db.prepare("UPDATE audit_log SET on_behalf_of = 'Zorgteam De Kiekendief' WHERE seq = 2").run();
    expect(verifyAuditChain(db).problems).toEqual(['Regel 2 is gewijzigd nadat hij is vastgelegd.']);
  });

  it('bounds "namens" at 200 characters and adds the indexes the filtered log uses', () => {
    const db = chainBeforeAccessLog();
    upgrade(db);
    expect(() => db.prepare("UPDATE audit_log SET on_behalf_of = ? WHERE seq = 1").run('x'.repeat(201))).toThrow(/CHECK/);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['audit_log_family', 'audit_log_action', 'audit_log_at']));
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE action = 'view' ORDER BY seq DESC LIMIT 10").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/audit_log_action/);
  });
});
