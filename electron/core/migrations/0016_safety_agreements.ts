import type { Migration } from './migration';

/**
 * Version 16: veiligheidsafspraken. At acuut the first question is what keeps the child safe now:
 * per family the agreements, each covering one or more of its children (a JSON list of member ids,
 * at least one), what keeps them safe, exactly one owner (a professional or organisation, the family
 * itself or a network member, as for an action), the day it is due, and what the parents agreed to
 * and when. Nothing existing changes meaning: the table starts empty. The network owner's reference
 * is checked at commit, like an action's, so destroying a family may delete its rows in any order.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'safety_agreements',
  up(db) {
    db.exec(`
      CREATE TABLE safety_agreements (
        id                       TEXT PRIMARY KEY,
        family_id                TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        child_ids                TEXT NOT NULL CHECK (json_valid(child_ids) AND json_array_length(child_ids) >= 1),
        what                     TEXT NOT NULL CHECK (trim(what) <> ''),
        owner_professional_id    TEXT REFERENCES professionals (id),
        owner_organisation_id    TEXT REFERENCES organisations (id),
        owner_family             INTEGER NOT NULL DEFAULT 0 CHECK (owner_family IN (0, 1)),
        owner_network_member_id  TEXT REFERENCES family_network_members (id) DEFERRABLE INITIALLY DEFERRED,
        due_date                 TEXT NOT NULL,
        status                   TEXT NOT NULL CHECK (status IN ('open', 'gedaan')),
        parents_agreement        TEXT NOT NULL DEFAULT '',
        parents_agreed_on        TEXT,
        done_on                  TEXT,
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL,
        created_by               TEXT NOT NULL,
        updated_by               TEXT NOT NULL,
        CHECK ((owner_professional_id IS NOT NULL OR owner_organisation_id IS NOT NULL) + owner_family + (owner_network_member_id IS NOT NULL) = 1)
      ) STRICT;
      CREATE INDEX safety_agreements_family ON safety_agreements (family_id, status, due_date);
      CREATE INDEX safety_agreements_open ON safety_agreements (status, due_date) WHERE status = 'open';
    `);
  },
};
