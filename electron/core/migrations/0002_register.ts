import type { Migration } from './migration';

/**
 * Version 2: the who-is-involved model. Household members gain parental authority and
 * school; the partner directory (organisations, professionals), the register of involvement,
 * consent records (append-only: a withdrawal is a new record), meetings with participants and agenda,
 * and a full-text index for search that lives inside the encrypted file like everything else.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'register',
  up(db) {
    db.exec(`
      ALTER TABLE family_members ADD COLUMN parental_authority INTEGER NOT NULL DEFAULT 0 CHECK (parental_authority IN (0, 1));
      ALTER TABLE family_members ADD COLUMN school_id TEXT;
      ALTER TABLE family_members ADD COLUMN school_group TEXT NOT NULL DEFAULT '';

      CREATE TABLE organisations (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        function   TEXT NOT NULL CHECK (function IN ('signalerend', 'duidend', 'beide')),
        place      TEXT NOT NULL DEFAULT '',
        phone      TEXT NOT NULL DEFAULT '',
        email      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);

      CREATE TABLE professionals (
        id              TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        name            TEXT NOT NULL,
        role            TEXT NOT NULL DEFAULT '',
        phone           TEXT NOT NULL DEFAULT '',
        email           TEXT NOT NULL DEFAULT '',
        meeting_types   TEXT NOT NULL DEFAULT '[]',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        created_by      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX professionals_organisation ON professionals (organisation_id);

      CREATE TABLE involvements (
        id              TEXT PRIMARY KEY,
        family_id       TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        member_id       TEXT REFERENCES family_members (id) ON DELETE CASCADE,
        professional_id TEXT REFERENCES professionals (id),
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        role            TEXT NOT NULL DEFAULT '',
        mandate         TEXT NOT NULL CHECK (mandate IN ('vrijwillig', 'drang', 'dwang')),
        since           TEXT,
        last_contact    TEXT,
        vir_registered  TEXT NOT NULL CHECK (vir_registered IN ('ja', 'nee', 'onbekend')),
        vir_date        TEXT,
        vir_by          TEXT NOT NULL DEFAULT '',
        legal_basis     TEXT NOT NULL CHECK (legal_basis IN ('toestemming', 'meldrecht', 'noodzakelijk_betrokkenen', 'wettelijke_plicht')),
        ended_at        TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        created_by      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX involvements_family ON involvements (family_id);
      CREATE INDEX involvements_organisation ON involvements (organisation_id);
      CREATE INDEX involvements_professional ON involvements (professional_id);

      CREATE TABLE consents (
        id               TEXT PRIMARY KEY,
        family_id        TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        person_id        TEXT NOT NULL REFERENCES family_members (id) ON DELETE CASCADE,
        status           TEXT NOT NULL CHECK (status IN ('gegeven', 'geweigerd', 'ingetrokken')),
        organisation_ids TEXT NOT NULL DEFAULT '[]',
        purpose          TEXT NOT NULL DEFAULT '',
        date             TEXT NOT NULL,
        recorded_by      TEXT NOT NULL,
        created_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_family ON consents (family_id, date);

      CREATE TABLE meetings (
        id              TEXT PRIMARY KEY,
        type            TEXT NOT NULL,
        title           TEXT NOT NULL DEFAULT '',
        starts_at       TEXT NOT NULL,
        location        TEXT NOT NULL DEFAULT '',
        school_id       TEXT REFERENCES organisations (id),
        chair_id        TEXT REFERENCES professionals (id),
        confidentiality TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        created_by      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_starts ON meetings (starts_at);

      CREATE TABLE meeting_participants (
        meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        professional_id TEXT NOT NULL REFERENCES professionals (id),
        attendance      TEXT NOT NULL CHECK (attendance IN ('uitgenodigd', 'aanwezig', 'afwezig', 'afgemeld')),
        PRIMARY KEY (meeting_id, professional_id)
      ) STRICT;

      CREATE TABLE agenda_items (
        id         TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        family_id  TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        member_ids TEXT NOT NULL DEFAULT '[]',
        anonymous  INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        position   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
      CREATE INDEX agenda_items_family ON agenda_items (family_id);

      -- One row per family: what a chair may type to find it. Rebuilt by the repositories in the
      -- transaction of every change that affects it.
      CREATE VIRTUAL TABLE family_search USING fts5 (
        family_id UNINDEXED,
        names,
        schools,
        organisations,
        professionals,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    const families = db.prepare('SELECT id FROM families').all() as { id: string }[];
    const insert = db.prepare(
      `INSERT INTO family_search (family_id, names, schools, organisations, professionals)
       SELECT f.id, f.display_name || ' ' || coalesce((SELECT group_concat(m.given_name || ' ' || m.family_name, ' ')
                                                      FROM family_members m WHERE m.family_id = f.id), ''), '', '', ''
       FROM families f WHERE f.id = ?`,
    );
    for (const f of families) insert.run(f.id);
  },
};
