import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0012 } from '../../../../electron/core/migrations/0012_handover';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-06T09:00:00.000Z');
// Whatever versions come before this one (0011 may or may not exist yet), not this one's own.
const BEFORE = MIGRATIONS.filter((m) => m.version < 12);

function beforeHandover() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Hoekstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    `INSERT INTO export_log (id, at, operator, kind, file_name, meeting_id, recipient_professional_id, recipient_name, recipient_organisation, included, withheld, audit_seq)
     VALUES ('e1', ?, 'Fenna', 'inzage_json', 'inzage.json', NULL, NULL, 'Moeder', '', '1 gezin', 'niets', 1)`,
  ).run(t);
  db.prepare("INSERT INTO export_log_families (export_id, family_id) VALUES ('e1', 'f1')").run();
  return db;
}

describe('migration 0012 (warme overdracht)', () => {
  it('keeps every export-log row and its family link while the log learns the handover kinds', () => {
    const db = beforeHandover();
    runMigrations(db, now, [...BEFORE, migration0012]);
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT id, kind, file_name, recipient_name FROM export_log').all()).toEqual([{ id: 'e1', kind: 'inzage_json', file_name: 'inzage.json', recipient_name: 'Moeder' }]);
    expect(db.prepare('SELECT export_id, family_id FROM export_log_families').all()).toEqual([{ export_id: 'e1', family_id: 'f1' }]);
    const t = now().toISOString();
    for (const kind of ['overdracht', 'overdracht_ontvangen', 'ontvangstbevestiging']) {
      db.prepare(`INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES (?, ?, 'Fenna', ?, 'x', 2)`).run(`k-${kind}`, t, kind);
    }
    expect(() => db.prepare(`INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES ('bad', ?, 'Fenna', 'iets_anders', 'x', 2)`).run(t)).toThrow(/CHECK/);
    // The family link still points at the (renamed) log: removing the export removes its links.
    db.prepare("DELETE FROM export_log WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM export_log_families').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('remembers a received package once per direction and keeps provenance with the family', () => {
    const db = beforeHandover();
    runMigrations(db, now, [...BEFORE, migration0012]);
    const t = now().toISOString();
    const insert = db.prepare(
      `INSERT INTO handover_packages (package_id, direction, checksum, counterpart_organisation, created_at, recorded_at, recorded_by) VALUES ('p1', ?, ?, 'Wijkteam Noord', ?, ?, 'Fenna')`,
    );
    insert.run('ontvangen', 'a'.repeat(64), t, t);
    expect(() => insert.run('ontvangen', 'a'.repeat(64), t, t)).toThrow(/UNIQUE/);
    insert.run('verzonden', 'a'.repeat(64), t, t);
    db.prepare("INSERT INTO handover_families (package_id, direction, family_id) VALUES ('p1', 'ontvangen', 'f1')").run();
    db.prepare(
      `INSERT INTO handover_provenance (item_table, item_id, family_id, package_id, source_organisation, source_author, recorded_at, shared_on, received_from, received_at)
       VALUES ('timeline_events', 'ev1', 'f1', 'p1', 'OBS De Regenboog', 'Sanne de Wit', ?, 'toestemming', 'CJG Emmen', ?)`,
    ).run(t, t);
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM handover_families) + (SELECT count(*) FROM handover_provenance) AS n').get()).toEqual({ n: 0 });
  });
});
