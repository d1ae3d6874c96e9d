import { INSTRUMENT_V3 } from '../../../shared/instrument/defaultInstrument';
import type { Migration } from './migration';

/** The id of "Casustafel basis" version 3 in every vault. */
export const INSTRUMENT_V3_ID = '7c0a1d2e-4b5f-4c3a-9e1d-000000000003';

/**
 * Version 19: a child's own suicide threat is urgent care the same day, not a Meldcode report.
 * - "Casustafel basis" version 3 becomes the built-in default for new assessments: A6 asks only
 *   about an adult's threat of serious violence, B7 about the child's own suicide threat. Versions
 *   1 and 2 stay, unchanged, for every assessment filled in with them, so those keep computing what
 *   they computed (a "ja" on their A6 still makes reporting the norm).
 * - required_agenda_topics admits the topic 'spoedzorg' (who arranges the care today with the
 *   huisarts or the GGZ crisis service). SQLite cannot change a CHECK in place, so the table is
 *   rebuilt with every row kept and its indexes made again; no table points at it.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'urgent_care',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE required_agenda_topics_next (
        id                  TEXT PRIMARY KEY,
        family_id           TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        child_id            TEXT REFERENCES family_members (id) ON DELETE CASCADE,
        assessment_id       TEXT REFERENCES assessments (id) ON DELETE CASCADE,
        topic               TEXT NOT NULL CHECK (topic IN ('kindveiligheid', 'meldbesluit', 'spoedzorg')),
        created_at          TEXT NOT NULL,
        created_by          TEXT NOT NULL,
        resolved_at         TEXT,
        resolved_by         TEXT,
        resolved_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        resolution          TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO required_agenda_topics_next (id, family_id, child_id, assessment_id, topic, created_at, created_by, resolved_at, resolved_by, resolved_meeting_id, resolution)
        SELECT id, family_id, child_id, assessment_id, topic, created_at, created_by, resolved_at, resolved_by, resolved_meeting_id, resolution FROM required_agenda_topics;
      DROP TABLE required_agenda_topics;
      ALTER TABLE required_agenda_topics_next RENAME TO required_agenda_topics;
      CREATE INDEX required_agenda_topics_family ON required_agenda_topics (family_id, resolved_at);
      CREATE UNIQUE INDEX required_agenda_topics_one_open ON required_agenda_topics (assessment_id, topic) WHERE resolved_at IS NULL;
      CREATE INDEX required_agenda_topics_child ON required_agenda_topics (child_id);
    `);
    db.prepare(
      `INSERT INTO instruments (id, key, version, name, definition, built_in, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, 1, ?, 'Casustafel')`,
    ).run(INSTRUMENT_V3_ID, INSTRUMENT_V3.key, INSTRUMENT_V3.version, INSTRUMENT_V3.name, JSON.stringify(INSTRUMENT_V3), now);
  },
};
