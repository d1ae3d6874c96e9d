import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { RULE_KINDS } from '../../../../electron/core/timeline/signalTimelines';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 17);
const upTo17 = MIGRATIONS.filter((m) => m.version <= 17);

function beforeEpisodes() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES (?, ?, 0, '', ?, ?, 'x', 'x')").run('f1', 'Gezin Visser', t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'Wijkteam Emmen-Oost', 'wijkteam', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  const event = db.prepare(
    `INSERT INTO timeline_events (id, family_id, type, date, sort_key, organisation_id, stagnation_reason, summary, legal_basis, recorded_by, created_at, updated_at, created_by, updated_by)
     VALUES (?, 'f1', ?, ?, 20260101, 'o1', ?, ?, 'noodzakelijk_betrokkenen', 'Sanne de Wit', ?, ?, 'x', 'x')`,
  );
  event.run('e1', 'signaal', '2026-01', null, 'Fenna komt vaak te laat', t, t);
  event.run('e2', 'stagnatie', '2026-02-03', 'gezin_weigert', 'Ouders willen geen hulp', t, t);
  return db;
}

const insertEvent = (db: Database.Database, id: string, type: string, organisationId: string | null, requestedBy: string | null) =>
  db
    .prepare(
      `INSERT INTO timeline_events (id, family_id, type, date, sort_key, organisation_id, requested_by, legal_basis, recorded_by, created_at, updated_at, created_by, updated_by)
       VALUES (?, 'f1', ?, '2026-03-01', 20260301, ?, ?, 'noodzakelijk_betrokkenen', 'Sanne de Wit', 'x', 'x', 'x', 'x')`,
    )
    .run(id, type, organisationId, requestedBy);

describe('migration 0017 (help episodes)', () => {
  it('keeps every event as it was, under the same rowid, with no request for help', () => {
    const db = beforeEpisodes();
    const rows = db.prepare('SELECT rowid, * FROM timeline_events ORDER BY id').all();
    runMigrations(db, now, upTo17);
    expect(schemaVersion(db)).toBe(17);
    const after = db.prepare('SELECT rowid, * FROM timeline_events ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map(({ requested_by: _requestedBy, ...rest }) => rest)).toEqual(rows);
    expect(after.map((r) => r.requested_by)).toEqual([null, null]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('takes a signal that is the youngster’s or the family’s own request without an organisation, and nothing else without one', () => {
    const db = beforeEpisodes();
    runMigrations(db, now, upTo17);
    insertEvent(db, 'e3', 'signaal', null, 'jongere');
    insertEvent(db, 'e4', 'signaal', null, 'gezin');
    expect(() => insertEvent(db, 'e5', 'signaal', null, null)).toThrow(/CHECK constraint/);
    expect(() => insertEvent(db, 'e6', 'notitie', null, 'gezin')).toThrow(/CHECK constraint/);
    expect(() => insertEvent(db, 'e7', 'signaal', 'o1', 'ouder')).toThrow(/CHECK constraint/);
  });

  it('keeps help ended in the index of the kinds a report reads, in family order', () => {
    const db = beforeEpisodes();
    runMigrations(db, now, upTo17);
    expect(RULE_KINDS).toContain('hulp_beeindigd');
    const kinds = RULE_KINDS.map((k) => `'${k}'`).join(', ');
    const plan = (db.prepare(
      `EXPLAIN QUERY PLAN SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason
       FROM timeline_events INDEXED BY timeline_events_rules WHERE sort_key < 20000000000 AND type IN (${kinds}) ORDER BY family_id`,
    ).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan).toBe('SCAN timeline_events USING COVERING INDEX timeline_events_rules');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'timeline_events' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()).toEqual([
      'timeline_events_family',
      'timeline_events_organisation',
      'timeline_events_report',
      'timeline_events_rules',
      'timeline_events_signals',
      'timeline_events_to_organisation',
    ]);
  });

  it('stores one handling per stagnation, only with who, what and when, and lets it go with its event', () => {
    const db = beforeEpisodes();
    runMigrations(db, now, upTo17);
    const handle = db.prepare(
      `INSERT INTO stagnation_handlings (id, family_id, event_id, who, what, alternative_on, handled_on, recorded_by, created_at, updated_at, created_by, updated_by)
       VALUES (?, 'f1', 'e2', ?, ?, ?, '2026-02-10', 'Sanne de Wit', 'x', 'x', 'x', 'x')`,
    );
    expect(() => handle.run('h0', 'Jeugdhulp De Brug', ' ', '2026-02-17')).toThrow(/CHECK constraint/);
    handle.run('h1', 'Jeugdhulp De Brug', 'Overbruggingshulp', '2026-02-17');
    expect(() => handle.run('h2', 'Wijkteam', 'Gesprek', '2026-02-18')).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM timeline_events WHERE id = 'e2'").run();
    expect(db.prepare('SELECT count(*) FROM stagnation_handlings').pluck().get()).toBe(0);
  });
});
