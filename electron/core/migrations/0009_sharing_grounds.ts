import type { Migration } from './migration';

/**
 * Version 9: the recorded facts that decide what may leave the vault.
 * - conflicts_of_duties: sharing without consent because the child's safety requires it
 *   (zwaarwegend belang / conflict van plichten), with the organisations it covers, who decided it
 *   and why. A record, never a switch: it is added, not edited.
 * - secrecy_releases gains the secrecy holder on whose authority an item left medical secrecy and
 *   the basis (consent of the right person, or conflict van plichten). Releases recorded before
 *   this version keep meaning what they meant (released) and say that the holder was not recorded.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'sharing_grounds',
  up(db) {
    db.exec(`
      CREATE TABLE conflicts_of_duties (
        id               TEXT PRIMARY KEY,
        family_id        TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        organisation_ids TEXT NOT NULL CHECK (json_valid(organisation_ids) AND json_array_length(organisation_ids) > 0),
        decided_by       TEXT NOT NULL CHECK (decided_by <> ''),
        reasons          TEXT NOT NULL CHECK (reasons <> ''),
        date             TEXT NOT NULL,
        recorded_by      TEXT NOT NULL,
        created_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conflicts_of_duties_family ON conflicts_of_duties (family_id);

      ALTER TABLE secrecy_releases ADD COLUMN holder_professional_id TEXT REFERENCES professionals (id);
      ALTER TABLE secrecy_releases ADD COLUMN basis TEXT NOT NULL DEFAULT 'niet_vastgelegd'
        CHECK (basis IN ('toestemming', 'conflict_van_plichten', 'niet_vastgelegd'));
    `);
  },
};
