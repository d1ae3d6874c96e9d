import type { Migration } from './migration';

/** The marker that tells a Casustafel vault apart from any other SQLCipher database. */
export const APP_MARKER = 'casustafel';

/**
 * Version 1: the app marker, settings, the hash-chained audit log, families and their members.
 * Timestamps are ISO-8601 strings in UTC; ids are UUIDs; operators are stored as the label they
 * gave at unlock ("naam — organisatie (rol)").
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        id                INTEGER PRIMARY KEY CHECK (id = 1),
        auto_lock_minutes INTEGER NOT NULL DEFAULT 10 CHECK (auto_lock_minutes BETWEEN 1 AND 240),
        backup_keep       INTEGER NOT NULL DEFAULT 10 CHECK (backup_keep BETWEEN 1 AND 100)
      ) STRICT;

      CREATE TABLE audit_log (
        seq                   INTEGER PRIMARY KEY,
        at                    TEXT NOT NULL,
        operator_name         TEXT NOT NULL,
        operator_organisation TEXT NOT NULL,
        operator_role         TEXT NOT NULL,
        action                TEXT NOT NULL,
        entity                TEXT NOT NULL,
        entity_id             TEXT,
        family_id             TEXT,
        summary               TEXT NOT NULL,
        prev_hash             TEXT NOT NULL,
        hash                  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_family ON audit_log (family_id, seq);

      CREATE TABLE families (
        id           TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        anonymous    INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        note         TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL,
        updated_by   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE family_members (
        id          TEXT PRIMARY KEY,
        family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        role        TEXT NOT NULL CHECK (role IN ('kind', 'ouder', 'verzorger', 'huisgenoot', 'verwacht_kind')),
        given_name  TEXT NOT NULL,
        family_name TEXT NOT NULL,
        birth_date  TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        updated_by  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_members_family ON family_members (family_id);
    `);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('app', APP_MARKER);
    meta.run('created_at', now);
    meta.run('audit_head_seq', '0');
    meta.run('audit_head_hash', '0'.repeat(64));
    db.prepare('INSERT INTO settings (id) VALUES (1)').run();
  },
};
