import type { Migration } from './migration';

/**
 * Version 5: regie and follow-up. Regie decisions are a history per family (a new decision
 * ends the active one); a partial unique index makes a second active decision impossible even if a
 * bug tried. Actions carry owner, due date and status; reviews say why an action is still open at
 * a later meeting; the escalation ladder and the closure gate have a table each.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'regie',
  up(db) {
    db.exec(`
      CREATE TABLE regie_decisions (
        id                                TEXT PRIMARY KEY,
        family_id                         TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        kind                              TEXT NOT NULL CHECK (kind IN ('regisseur', 'eigen_regie')),
        professional_id                   TEXT REFERENCES professionals (id),
        organisation_id                   TEXT REFERENCES organisations (id),
        contact                           TEXT NOT NULL DEFAULT '',
        mandate                           TEXT CHECK (mandate IN ('vrijwillig', 'drang', 'dwang')),
        doorzettingsmacht                 INTEGER NOT NULL DEFAULT 0 CHECK (doorzettingsmacht IN (0, 1)),
        since                             TEXT NOT NULL,
        judgement                         TEXT NOT NULL DEFAULT '',
        reasons                           TEXT NOT NULL DEFAULT '',
        meeting_id                        TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        ended_on                          TEXT,
        handover_met_family               INTEGER NOT NULL DEFAULT 0 CHECK (handover_met_family IN (0, 1)),
        handover_responsibilities_agreed  INTEGER NOT NULL DEFAULT 0 CHECK (handover_responsibilities_agreed IN (0, 1)),
        handover_previous_stays_involved  INTEGER NOT NULL DEFAULT 0 CHECK (handover_previous_stays_involved IN (0, 1)),
        recorded_by                       TEXT NOT NULL,
        recorded_at                       TEXT NOT NULL,
        created_at                        TEXT NOT NULL,
        updated_at                        TEXT NOT NULL,
        created_by                        TEXT NOT NULL,
        updated_by                        TEXT NOT NULL,
        CHECK (kind = 'eigen_regie' OR (professional_id IS NOT NULL AND organisation_id IS NOT NULL AND mandate IS NOT NULL)),
        CHECK (kind = 'regisseur' OR (judgement <> '' AND reasons <> ''))
      ) STRICT;
      CREATE UNIQUE INDEX regie_decisions_one_active ON regie_decisions (family_id) WHERE ended_on IS NULL;
      CREATE INDEX regie_decisions_family ON regie_decisions (family_id, since);

      CREATE TABLE regie_actions (
        id                        TEXT PRIMARY KEY,
        family_id                 TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        kind                      TEXT NOT NULL CHECK (kind IN ('actie', 'terugkoppeling', 'verwijsindex', 'monitoring')),
        description               TEXT NOT NULL,
        owner_professional_id     TEXT REFERENCES professionals (id),
        owner_organisation_id     TEXT REFERENCES organisations (id),
        due_date                  TEXT,
        status                    TEXT NOT NULL CHECK (status IN ('open', 'gedaan', 'vervallen')),
        member_ids                TEXT NOT NULL DEFAULT '[]',
        meeting_id                TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        signaller_organisation_id TEXT REFERENCES organisations (id),
        informed                  INTEGER NOT NULL DEFAULT 0 CHECK (informed IN (0, 1)),
        done_on                   TEXT,
        created_at                TEXT NOT NULL,
        updated_at                TEXT NOT NULL,
        created_by                TEXT NOT NULL,
        updated_by                TEXT NOT NULL,
        CHECK (owner_professional_id IS NOT NULL OR owner_organisation_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX regie_actions_family ON regie_actions (family_id, status);
      CREATE INDEX regie_actions_due ON regie_actions (status, due_date);

      CREATE TABLE regie_action_reviews (
        action_id  TEXT NOT NULL REFERENCES regie_actions (id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        reason     TEXT NOT NULL CHECK (reason IN ('omstandigheden_gewijzigd', 'niet_gedaan', 'wacht_op_ander')),
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        PRIMARY KEY (action_id, meeting_id)
      ) STRICT;

      CREATE TABLE escalation_steps (
        id          TEXT PRIMARY KEY,
        family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        step        TEXT NOT NULL CHECK (step IN ('vrijwillig', 'drang', 'dwang', 'veilig_thuis_advies', 'veilig_thuis_melding')),
        date        TEXT NOT NULL,
        trigger     TEXT NOT NULL CHECK (trigger <> ''),
        decided_by  TEXT NOT NULL CHECK (decided_by <> ''),
        reasons     TEXT NOT NULL CHECK (reasons <> ''),
        recorded_at TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX escalation_steps_family ON escalation_steps (family_id, date);

      CREATE TABLE case_closures (
        id                    TEXT PRIMARY KEY,
        family_id             TEXT NOT NULL UNIQUE REFERENCES families (id) ON DELETE CASCADE,
        safety_judgement      TEXT NOT NULL DEFAULT '',
        safety_judgement_date TEXT,
        children_seen         TEXT NOT NULL DEFAULT '[]',
        status                TEXT NOT NULL CHECK (status IN ('open', 'afgeschaald', 'gesloten')),
        closed_on             TEXT,
        closed_by             TEXT NOT NULL DEFAULT '',
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        created_by            TEXT NOT NULL,
        updated_by            TEXT NOT NULL
      ) STRICT;
    `);
  },
};
