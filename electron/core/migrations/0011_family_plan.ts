import type { Migration } from './migration';

/**
 * Version 11: the family's own plan, the Meldcode's first steps per professional, and what is due
 * since an operator's last session.
 * - family_plans (one current plan per family), family_network_members and family_plan_versions;
 *   a version is never changed once agreed (a trigger refuses it), only destroyed with the family;
 * - regie_actions may now be carried out by the family itself or by a network member. The table's
 *   CHECK demanded a professional or organisation owner, and SQLite cannot change a CHECK in place,
 *   so the table is rebuilt with every row and its indexes; the reviews that point at actions are
 *   kept aside and put back, because dropping the old table cascades to them. The network owner's
 *   reference is checked at commit, so destroying a family may delete its rows in any order;
 * - meldcode_steps: consultation with a colleague, advice from Veilig Thuis (named or anonymous)
 *   and the conversation with parent and child, per family and per professional;
 * - export_log admits the family plan letter and an action's calendar file (rebuilt for its CHECK
 *   the same way, its family links kept aside and put back);
 * - operator_sessions: when each operator's previous and current session began (the digest
 *   "sinds je laatste sessie"); settings gains after how many weeks without discussion a family
 *   with a high concern level shows in that digest.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'family_plan',
  up(db) {
    db.exec(`
      CREATE TABLE family_plans (
        id                        TEXT PRIMARY KEY,
        family_id                 TEXT NOT NULL UNIQUE REFERENCES families (id) ON DELETE CASCADE,
        family_view               TEXT NOT NULL DEFAULT '',
        wishes                    TEXT NOT NULL DEFAULT '',
        goals                     TEXT NOT NULL DEFAULT '[]',
        discussed_with_parents_on TEXT,
        discussed_with_child_on   TEXT,
        created_at                TEXT NOT NULL,
        updated_at                TEXT NOT NULL,
        created_by                TEXT NOT NULL,
        updated_by                TEXT NOT NULL
      ) STRICT;

      CREATE TABLE family_network_members (
        id           TEXT PRIMARY KEY,
        family_id    TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        name         TEXT NOT NULL CHECK (trim(name) <> ''),
        relation     TEXT NOT NULL DEFAULT '',
        contribution TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL,
        updated_by   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_network_members_family ON family_network_members (family_id, created_at);

      CREATE TABLE family_plan_versions (
        id          TEXT PRIMARY KEY,
        family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        number      INTEGER NOT NULL CHECK (number >= 1),
        agreed_on   TEXT NOT NULL,
        agreed_by   TEXT NOT NULL CHECK (agreed_by <> '[]'),
        content     TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (family_id, number)
      ) STRICT;
      CREATE TRIGGER family_plan_versions_never_change BEFORE UPDATE ON family_plan_versions
      BEGIN SELECT RAISE(ABORT, 'Een vastgestelde versie van het gezinsplan verandert nooit'); END;

      CREATE TEMP TABLE kept_action_reviews AS SELECT * FROM regie_action_reviews;
      CREATE TABLE regie_actions_v11 (
        id                         TEXT PRIMARY KEY,
        family_id                  TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        kind                       TEXT NOT NULL CHECK (kind IN ('actie', 'terugkoppeling', 'verwijsindex', 'monitoring')),
        description                TEXT NOT NULL,
        owner_professional_id      TEXT REFERENCES professionals (id),
        owner_organisation_id      TEXT REFERENCES organisations (id),
        owner_family               INTEGER NOT NULL DEFAULT 0 CHECK (owner_family IN (0, 1)),
        owner_network_member_id    TEXT REFERENCES family_network_members (id) DEFERRABLE INITIALLY DEFERRED,
        due_date                   TEXT,
        status                     TEXT NOT NULL CHECK (status IN ('open', 'gedaan', 'vervallen')),
        member_ids                 TEXT NOT NULL DEFAULT '[]',
        meeting_id                 TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        signaller_organisation_id  TEXT REFERENCES organisations (id),
        informed                   INTEGER NOT NULL DEFAULT 0 CHECK (informed IN (0, 1)),
        done_on                    TEXT,
        created_at                 TEXT NOT NULL,
        updated_at                 TEXT NOT NULL,
        created_by                 TEXT NOT NULL,
        updated_by                 TEXT NOT NULL,
        informing_postponed_until  TEXT,
        informing_postponed_reason TEXT NOT NULL DEFAULT '',
        CHECK ((owner_professional_id IS NOT NULL OR owner_organisation_id IS NOT NULL) + owner_family + (owner_network_member_id IS NOT NULL) = 1)
      ) STRICT;
      INSERT INTO regie_actions_v11 (id, family_id, kind, description, owner_professional_id, owner_organisation_id, due_date, status, member_ids,
        meeting_id, signaller_organisation_id, informed, done_on, created_at, updated_at, created_by, updated_by, informing_postponed_until, informing_postponed_reason)
      SELECT id, family_id, kind, description, owner_professional_id, owner_organisation_id, due_date, status, member_ids,
        meeting_id, signaller_organisation_id, informed, done_on, created_at, updated_at, created_by, updated_by, informing_postponed_until, informing_postponed_reason
      FROM regie_actions;
      DROP TABLE regie_actions;
      ALTER TABLE regie_actions_v11 RENAME TO regie_actions;
      CREATE INDEX regie_actions_family ON regie_actions (family_id, status);
      CREATE INDEX regie_actions_due ON regie_actions (status, due_date);
      CREATE INDEX regie_actions_network_owner ON regie_actions (owner_network_member_id);
      INSERT INTO regie_action_reviews SELECT * FROM temp.kept_action_reviews;
      DROP TABLE temp.kept_action_reviews;

      CREATE TABLE meldcode_steps (
        id                      TEXT PRIMARY KEY,
        family_id               TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        professional_name       TEXT NOT NULL CHECK (trim(professional_name) <> ''),
        professional_discipline TEXT NOT NULL CHECK (trim(professional_discipline) <> ''),
        step                    TEXT NOT NULL CHECK (step IN ('collegiaal_consult', 'advies_veilig_thuis', 'gesprek_ouder_kind')),
        date                    TEXT NOT NULL,
        anonymous               INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        with_whom               TEXT NOT NULL DEFAULT '',
        led_by                  TEXT NOT NULL DEFAULT '',
        outcome                 TEXT NOT NULL CHECK (trim(outcome) <> ''),
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        created_by              TEXT NOT NULL,
        updated_by              TEXT NOT NULL,
        CHECK (step = 'advies_veilig_thuis' OR anonymous = 0),
        CHECK (step <> 'gesprek_ouder_kind' OR trim(led_by) <> '')
      ) STRICT;
      CREATE INDEX meldcode_steps_family ON meldcode_steps (family_id, date);

      CREATE TEMP TABLE kept_export_families AS SELECT * FROM export_log_families;
      CREATE TABLE export_log_v11 (
        id                        TEXT PRIMARY KEY,
        at                        TEXT NOT NULL,
        operator                  TEXT NOT NULL,
        kind                      TEXT NOT NULL CHECK (kind IN ('samenvatting', 'terugkoppelingsbrief', 'agenda_ics', 'tijdlijn',
                                    'inzage_pdf', 'inzage_json', 'verwerkingsoverzicht', 'afdruk', 'gezinsplanbrief', 'actie_ics')),
        file_name                 TEXT NOT NULL,
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        recipient_professional_id TEXT REFERENCES professionals (id) ON DELETE SET NULL,
        recipient_name            TEXT NOT NULL DEFAULT '',
        recipient_organisation    TEXT NOT NULL DEFAULT '',
        included                  TEXT NOT NULL DEFAULT '',
        withheld                  TEXT NOT NULL DEFAULT '',
        audit_seq                 INTEGER NOT NULL
      ) STRICT;
      INSERT INTO export_log_v11 SELECT * FROM export_log;
      DROP TABLE export_log;
      ALTER TABLE export_log_v11 RENAME TO export_log;
      CREATE INDEX export_log_meeting ON export_log (meeting_id, at);
      CREATE INDEX export_log_at ON export_log (at);
      INSERT INTO export_log_families SELECT * FROM temp.kept_export_families;
      DROP TABLE temp.kept_export_families;

      CREATE TABLE operator_sessions (
        operator            TEXT PRIMARY KEY,
        previous_session_at TEXT,
        current_session_at  TEXT NOT NULL
      ) STRICT;

      ALTER TABLE settings ADD COLUMN not_discussed_weeks INTEGER NOT NULL DEFAULT 6 CHECK (not_discussed_weeks BETWEEN 1 AND 52);
    `);
  },
};
