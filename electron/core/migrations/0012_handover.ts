import type { Migration } from './migration';

/**
 * Version 12: warme overdracht between vaults.
 * - `handover_packages`: every package this vault sent or received, by its id (a package is imported
 *   once), with its checksum and, for a sent one, the receipt when it comes back.
 * - `handover_families`: which families a package carried (and, for a sent one, the action that
 *   waits for the receipt).
 * - `handover_provenance`: for every row an import wrote, where it came from ("ontvangen van … op
 *   …"), who recorded it there and when, and on which basis it was shared.
 * - `export_log.kind` admits the three handover files. SQLite cannot change a CHECK in place, so the
 *   export log and its family links are rebuilt under new names and renamed back; the links are
 *   copied before the old log is dropped (a drop of the old log would otherwise cascade into them).
 */
export const migration0012: Migration = {
  version: 12,
  name: 'handover',
  up(db) {
    db.exec(`
      CREATE TABLE handover_packages (
        package_id               TEXT NOT NULL,
        direction                TEXT NOT NULL CHECK (direction IN ('verzonden', 'ontvangen')),
        checksum                 TEXT NOT NULL CHECK (length(checksum) = 64),
        counterpart_organisation TEXT NOT NULL CHECK (counterpart_organisation <> ''),
        organisation_id          TEXT REFERENCES organisations (id) ON DELETE SET NULL,
        created_at               TEXT NOT NULL,
        recorded_at              TEXT NOT NULL,
        recorded_by              TEXT NOT NULL,
        receipt_status           TEXT CHECK (receipt_status IN ('aanvaard', 'geweigerd')),
        receipt_reason           TEXT NOT NULL DEFAULT '',
        received_by              TEXT NOT NULL DEFAULT '',
        received_at              TEXT,
        PRIMARY KEY (package_id, direction)
      ) STRICT;

      CREATE TABLE handover_families (
        package_id TEXT NOT NULL,
        direction  TEXT NOT NULL,
        family_id  TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        action_id  TEXT REFERENCES regie_actions (id) ON DELETE SET NULL,
        PRIMARY KEY (package_id, direction, family_id),
        FOREIGN KEY (package_id, direction) REFERENCES handover_packages (package_id, direction) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX handover_families_family ON handover_families (family_id);

      CREATE TABLE handover_provenance (
        item_table          TEXT NOT NULL CHECK (item_table IN ('family_members', 'timeline_events')),
        item_id             TEXT NOT NULL,
        family_id           TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        package_id          TEXT NOT NULL,
        source_organisation TEXT NOT NULL,
        source_author       TEXT NOT NULL,
        recorded_at         TEXT NOT NULL,
        shared_on           TEXT NOT NULL CHECK (shared_on IN ('toestemming', 'meldrecht', 'noodzakelijk_betrokkenen', 'wettelijke_plicht', 'conflict_van_plichten')),
        received_from       TEXT NOT NULL,
        received_at         TEXT NOT NULL,
        PRIMARY KEY (item_table, item_id)
      ) STRICT;
      CREATE INDEX handover_provenance_family ON handover_provenance (family_id);

      CREATE TABLE export_log_v12 (
        id                        TEXT PRIMARY KEY,
        at                        TEXT NOT NULL,
        operator                  TEXT NOT NULL,
        kind                      TEXT NOT NULL CHECK (kind IN ('samenvatting', 'terugkoppelingsbrief', 'agenda_ics', 'tijdlijn',
                                    'inzage_pdf', 'inzage_json', 'verwerkingsoverzicht', 'afdruk', 'gezinsplanbrief', 'actie_ics',
                                    'overdracht', 'overdracht_ontvangen', 'ontvangstbevestiging')),
        file_name                 TEXT NOT NULL,
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        recipient_professional_id TEXT REFERENCES professionals (id) ON DELETE SET NULL,
        recipient_name            TEXT NOT NULL DEFAULT '',
        recipient_organisation    TEXT NOT NULL DEFAULT '',
        included                  TEXT NOT NULL DEFAULT '',
        withheld                  TEXT NOT NULL DEFAULT '',
        audit_seq                 INTEGER NOT NULL
      ) STRICT;
      INSERT INTO export_log_v12 SELECT id, at, operator, kind, file_name, meeting_id, recipient_professional_id, recipient_name,
        recipient_organisation, included, withheld, audit_seq FROM export_log;

      CREATE TABLE export_log_families_v12 (
        export_id TEXT NOT NULL REFERENCES export_log_v12 (id) ON DELETE CASCADE,
        family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        PRIMARY KEY (export_id, family_id)
      ) STRICT;
      INSERT INTO export_log_families_v12 SELECT export_id, family_id FROM export_log_families;

      DROP TABLE export_log_families;
      DROP TABLE export_log;
      ALTER TABLE export_log_v12 RENAME TO export_log;
      ALTER TABLE export_log_families_v12 RENAME TO export_log_families;
      CREATE INDEX export_log_meeting ON export_log (meeting_id, at);
      CREATE INDEX export_log_at ON export_log (at);
      CREATE INDEX export_log_families_family ON export_log_families (family_id);
    `);
  },
};
