import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0006 } from '../../../../electron/core/migrations/0006_meeting_mode';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-11-28T09:00:00.000Z');

function beforeMeetingMode() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, MIGRATIONS.filter((m) => m.version < 6));
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bakker', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations VALUES ('o1', 'OBS De Regenboog', 'school', 'signalerend', '', '', '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO professionals VALUES ('p1', 'o1', 'Sanne de Wit', '', '', '', '[]', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO meetings (id, type, starts_at, created_at, updated_at, created_by, updated_by) VALUES ('m1', 'een_twee_drie_tje', ?, ?, ?, 'x', 'x')").run(t, t, t);
  db.prepare("INSERT INTO agenda_items VALUES ('a1', 'm1', 'f1', '[]', 0, 0)").run();
  return { db, t };
}

const upgrade = (db: Database.Database) => runMigrations(db, now, [...MIGRATIONS.filter((m) => m.version < 6), migration0006]);

describe('migration 0006 (meeting mode and export log)', () => {
  it('upgrades a vault at version 5: meetings keep their data and read as not started', () => {
    const { db } = beforeMeetingMode();
    upgrade(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(6);
    expect(db.prepare('SELECT type, started_at, ended_at, confidentiality_confirmed_at, confidentiality_confirmed_by, follow_up_of FROM meetings').get()).toEqual({
      type: 'een_twee_drie_tje',
      started_at: null,
      ended_at: null,
      confidentiality_confirmed_at: null,
      confidentiality_confirmed_by: '',
      follow_up_of: null,
    });
    // No case rows are invented: an agenda item without one reads with the defaults.
    expect(db.prepare('SELECT count(*) AS n FROM meeting_cases').get()).toEqual({ n: 0 });
  });

  it('keeps case rows within their limits and removes them with the meeting', () => {
    const { db, t } = beforeMeetingMode();
    upgrade(db);
    const insert = (over: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO meeting_cases (meeting_id, family_id, planned_minutes, elapsed_seconds, status, updated_at, updated_by)
           VALUES ('m1', 'f1', @planned, @elapsed, @status, @t, 'x')`,
        )
        .run({ planned: 10, elapsed: 0, status: 'gepland', t, ...over });
    expect(() => insert({ planned: 0 })).toThrow(/CHECK/);
    expect(() => insert({ elapsed: -1 })).toThrow(/CHECK/);
    expect(() => insert({ status: 'klaar' })).toThrow(/CHECK/);
    insert({ status: 'besproken' });
    expect(() => insert({})).toThrow(/UNIQUE|PRIMARY/);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM meeting_cases').get()).toEqual({ n: 0 });
  });

  it('a secrecy release needs a reason and who released it', () => {
    const { db, t } = beforeMeetingMode();
    upgrade(db);
    const release = (reason: string, by: string) =>
      db.prepare("INSERT INTO secrecy_releases VALUES ('tijdlijn', 'e1', 'f1', ?, ?, ?)").run(reason, by, t);
    expect(() => release('', 'Ilse Wiersma')).toThrow(/CHECK/);
    expect(() => release('ouders akkoord', '')).toThrow(/CHECK/);
    release('ouders akkoord', 'Ilse Wiersma');
    expect(() => release('nogmaals', 'Ilse Wiersma')).toThrow(/UNIQUE|PRIMARY/);
  });

  it('the export log takes known kinds only and outlives a deleted meeting or recipient', () => {
    const { db, t } = beforeMeetingMode();
    upgrade(db);
    const log = (kind: string) =>
      db
        .prepare(
          `INSERT INTO export_log (id, at, operator, kind, file_name, meeting_id, recipient_professional_id, recipient_name, audit_seq)
           VALUES (lower(hex(randomblob(8))), ?, 'x', ?, 'samenvatting.pdf', 'm1', 'p1', 'Sanne de Wit', 1)`,
        )
        .run(t, kind);
    expect(() => log('zomaar')).toThrow(/CHECK/);
    log('samenvatting');
    const id = (db.prepare('SELECT id FROM export_log').get() as { id: string }).id;
    db.prepare("INSERT INTO export_log_families VALUES (?, 'f1')").run(id);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT meeting_id, recipient_name FROM export_log').get()).toEqual({ meeting_id: null, recipient_name: 'Sanne de Wit' });
    expect(db.prepare('SELECT family_id FROM export_log_families').all()).toEqual([{ family_id: 'f1' }]);
  });
});
