import type { Migration } from './migration';

/**
 * Version 20: a release from medical secrecy gets a scope. A secrecy holder lifts secrecy toward
 * named organisations, on one basis, and says how they confirmed it; it lapses with that basis.
 * - `organisation_ids`: to whom it goes (a JSON list, at least one). NULL means "recorded before
 *   releases had a scope".
 * - `basis` may now also be `meldrecht` (only toward Veilig Thuis, only with a suspicion on record).
 * - `conflict_of_duties_id`: the recorded conflict van plichten decision a release on that basis
 *   rests on.
 * - `confirmation`: `aanwezig` (the holder was present at `meeting_id`) or `schriftelijk` (with a
 *   non-empty `written_reference`, e.g. "e-mail 3 dec, kenmerk …"). NULL for old releases.
 *
 * Existing releases keep meaning what they meant as far as the law allows: they get no organisation
 * list, and at export an old release on toestemming reaches the organisations the family's consent
 * covers on the day, an old release on conflict van plichten the organisations of the family's
 * conflict van plichten decisions active on the day, and an old release without a recorded basis
 * (`niet_vastgelegd`) nobody outside its own organisation — the preview tells the chair to record it
 * again with recipients. The table is rebuilt because SQLite cannot widen a CHECK in place.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'release_scope',
  up(db) {
    db.exec(`
      CREATE TABLE secrecy_releases_next (
        item_type              TEXT NOT NULL CHECK (item_type IN ('tijdlijn', 'notulen_medisch')),
        item_id                TEXT NOT NULL,
        family_id              TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        reason                 TEXT NOT NULL CHECK (reason <> ''),
        released_by            TEXT NOT NULL CHECK (released_by <> ''),
        released_at            TEXT NOT NULL,
        holder_professional_id TEXT REFERENCES professionals (id),
        basis                  TEXT NOT NULL DEFAULT 'niet_vastgelegd'
          CHECK (basis IN ('toestemming', 'conflict_van_plichten', 'meldrecht', 'niet_vastgelegd')),
        organisation_ids       TEXT CHECK (organisation_ids IS NULL OR (json_valid(organisation_ids) AND json_array_length(organisation_ids) > 0)),
        conflict_of_duties_id  TEXT REFERENCES conflicts_of_duties (id),
        confirmation           TEXT CHECK (confirmation IS NULL OR confirmation IN ('aanwezig', 'schriftelijk')),
        meeting_id             TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        written_reference      TEXT,
        PRIMARY KEY (item_type, item_id),
        CHECK (organisation_ids IS NULL OR (holder_professional_id IS NOT NULL AND confirmation IS NOT NULL AND basis <> 'niet_vastgelegd')),
        CHECK (basis <> 'conflict_van_plichten' OR organisation_ids IS NULL OR conflict_of_duties_id IS NOT NULL),
        CHECK (confirmation IS NOT 'schriftelijk' OR trim(coalesce(written_reference, '')) <> '')
      ) STRICT;
      INSERT INTO secrecy_releases_next (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis)
        SELECT item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis FROM secrecy_releases;
      DROP TABLE secrecy_releases;
      ALTER TABLE secrecy_releases_next RENAME TO secrecy_releases;
      CREATE INDEX secrecy_releases_family ON secrecy_releases (family_id);
    `);
  },
};
