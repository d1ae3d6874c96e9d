import type { Migration } from './migration';

/**
 * Version 6: meeting mode and exports.
 * - A meeting gets its start, end and the confidentiality statement confirmed at the start.
 * - Per discussed case: planned time, time used, status and minutes. JGZ notes are kept apart
 *   (`medical_minutes`): they fall under medical professional secrecy and leave the JGZ only after
 *   a recorded release.
 * - `secrecy_releases` records such a release for any item (a JGZ timeline event, a case's JGZ
 *   minutes): who released it, why, when.
 * - `export_log` records what went to whom; the audit trail carries the same fact hash-chained.
 *   The log keeps counts and reason codes, never the exported content itself.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'meeting_mode',
  up(db) {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN started_at TEXT;
      ALTER TABLE meetings ADD COLUMN ended_at TEXT;
      ALTER TABLE meetings ADD COLUMN confidentiality_confirmed_at TEXT;
      ALTER TABLE meetings ADD COLUMN confidentiality_confirmed_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE meetings ADD COLUMN follow_up_of TEXT REFERENCES meetings (id) ON DELETE SET NULL;

      CREATE TABLE meeting_cases (
        meeting_id             TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        family_id              TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        planned_minutes        INTEGER NOT NULL DEFAULT 10 CHECK (planned_minutes BETWEEN 1 AND 240),
        elapsed_seconds        INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
        status                 TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'besproken', 'uitgesteld')),
        minutes                TEXT NOT NULL DEFAULT '',
        medical_minutes        TEXT NOT NULL DEFAULT '',
        updated_at             TEXT NOT NULL,
        updated_by             TEXT NOT NULL,
        PRIMARY KEY (meeting_id, family_id)
      ) STRICT;
      CREATE INDEX meeting_cases_family ON meeting_cases (family_id);

      CREATE TABLE secrecy_releases (
        item_type   TEXT NOT NULL CHECK (item_type IN ('tijdlijn', 'notulen_medisch')),
        item_id     TEXT NOT NULL,
        family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        reason      TEXT NOT NULL CHECK (reason <> ''),
        released_by TEXT NOT NULL CHECK (released_by <> ''),
        released_at TEXT NOT NULL,
        PRIMARY KEY (item_type, item_id)
      ) STRICT;
      CREATE INDEX secrecy_releases_family ON secrecy_releases (family_id);

      CREATE TABLE export_log (
        id                        TEXT PRIMARY KEY,
        at                        TEXT NOT NULL,
        operator                  TEXT NOT NULL,
        kind                      TEXT NOT NULL CHECK (kind IN ('samenvatting', 'terugkoppelingsbrief', 'agenda_ics', 'tijdlijn',
                                    'inzage_pdf', 'inzage_json', 'verwerkingsoverzicht', 'afdruk')),
        file_name                 TEXT NOT NULL,
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        recipient_professional_id TEXT REFERENCES professionals (id) ON DELETE SET NULL,
        recipient_name            TEXT NOT NULL DEFAULT '',
        recipient_organisation    TEXT NOT NULL DEFAULT '',
        included                  TEXT NOT NULL DEFAULT '',
        withheld                  TEXT NOT NULL DEFAULT '',
        audit_seq                 INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX export_log_meeting ON export_log (meeting_id, at);
      CREATE INDEX export_log_at ON export_log (at);

      CREATE TABLE export_log_families (
        export_id TEXT NOT NULL REFERENCES export_log (id) ON DELETE CASCADE,
        family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        PRIMARY KEY (export_id, family_id)
      ) STRICT;
      CREATE INDEX export_log_families_family ON export_log_families (family_id);
    `);
    // A case on an agenda without a row here is read with the defaults (not yet started, no minutes);
    // meeting mode writes the row on the first change, so editing the agenda never loses minutes.
  },
};
