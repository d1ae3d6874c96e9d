import type { Migration } from './migration';

/**
 * Version 13: management reports.
 * - settings gains the suppression threshold of reports: counts from 1 up to it are shown as
 *   "< n". At least 3 (below that it protects nobody), 5 by default.
 * - export_log admits the kind 'rapportage'. SQLite cannot change a CHECK in place, so the table is
 *   rebuilt with every row kept. Its link table to families goes aside first and comes back after:
 *   dropping the old log with the links in place would cascade and delete them.
 * - a covering index over the timeline columns a report reads (type, order key, family, the
 *   organisations, the referral's status): a year's report at ten times the region then reads this
 *   index instead of every page of the events with their summaries (each page decrypted), about ten
 *   times fewer pages.
 * - the search index gets each family's own rowid, so a change finds the family's index row by key
 *   instead of scanning the index (found by the bench at ten times the region: loading 50 000
 *   families spent its time deleting index rows). The index is rebuilt from the families as they
 *   are; its content is what the search service writes.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'reporting',
  up(db) {
    db.exec(`
      ALTER TABLE settings ADD COLUMN report_min_count INTEGER NOT NULL DEFAULT 5 CHECK (report_min_count BETWEEN 3 AND 50);

      CREATE TABLE export_log_families_aside AS SELECT export_id, family_id FROM export_log_families;
      DROP TABLE export_log_families;

      CREATE TABLE export_log_next (
        id                        TEXT PRIMARY KEY,
        at                        TEXT NOT NULL,
        operator                  TEXT NOT NULL,
        kind                      TEXT NOT NULL CHECK (kind IN ('samenvatting', 'terugkoppelingsbrief', 'agenda_ics', 'tijdlijn',
                                    'inzage_pdf', 'inzage_json', 'verwerkingsoverzicht', 'afdruk', 'gezinsplanbrief', 'actie_ics',
                                    'overdracht', 'overdracht_ontvangen', 'ontvangstbevestiging', 'rapportage')),
        file_name                 TEXT NOT NULL,
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        recipient_professional_id TEXT REFERENCES professionals (id) ON DELETE SET NULL,
        recipient_name            TEXT NOT NULL DEFAULT '',
        recipient_organisation    TEXT NOT NULL DEFAULT '',
        included                  TEXT NOT NULL DEFAULT '',
        withheld                  TEXT NOT NULL DEFAULT '',
        audit_seq                 INTEGER NOT NULL
      ) STRICT;
      INSERT INTO export_log_next SELECT id, at, operator, kind, file_name, meeting_id, recipient_professional_id, recipient_name,
        recipient_organisation, included, withheld, audit_seq FROM export_log;
      DROP TABLE export_log;
      ALTER TABLE export_log_next RENAME TO export_log;
      CREATE INDEX export_log_meeting ON export_log (meeting_id, at);
      CREATE INDEX export_log_at ON export_log (at);

      CREATE TABLE export_log_families (
        export_id TEXT NOT NULL REFERENCES export_log (id) ON DELETE CASCADE,
        family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        PRIMARY KEY (export_id, family_id)
      ) STRICT;
      INSERT INTO export_log_families SELECT export_id, family_id FROM export_log_families_aside;
      DROP TABLE export_log_families_aside;
      CREATE INDEX export_log_families_family ON export_log_families (family_id);

      CREATE INDEX timeline_events_report ON timeline_events
        (type, sort_key, family_id, id, date, organisation_id, to_organisation_id, referral_status);

      DELETE FROM family_search;
      INSERT INTO family_search (rowid, family_id, names, schools, organisations, professionals)
      SELECT f.rowid, f.id,
        f.display_name || ' ' || coalesce((SELECT group_concat(m.given_name || ' ' || m.family_name, ' ')
                                           FROM family_members m WHERE m.family_id = f.id), ''),
        coalesce((SELECT group_concat(DISTINCT o.name) FROM family_members m JOIN organisations o ON o.id = m.school_id
                  WHERE m.family_id = f.id), ''),
        coalesce((SELECT group_concat(DISTINCT o.name) FROM involvements i JOIN organisations o ON o.id = i.organisation_id
                  WHERE i.family_id = f.id AND i.ended_at IS NULL), ''),
        coalesce((SELECT group_concat(DISTINCT p.name) FROM involvements i JOIN professionals p ON p.id = i.professional_id
                  WHERE i.family_id = f.id AND i.ended_at IS NULL), '')
      FROM families f;
    `);
  },
};
