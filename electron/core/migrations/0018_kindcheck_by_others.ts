import type { Migration } from './migration';

/**
 * Version 18: Kindcheck by others. Per involvement of an adult service with a parent: does the
 * organisation know of the children, did it do its own Kindcheck, since when and according to whom.
 * No row means not answered yet, so every existing involvement starts unanswered and nothing it
 * meant changes. The row goes with its involvement (and with its family when that is destroyed).
 * `reclassering` is a new organisation type; organisations.type has no CHECK, so no change there.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'kindcheck_by_others',
  up(db) {
    db.exec(`
      CREATE TABLE involvement_kindchecks (
        id              TEXT PRIMARY KEY,
        family_id       TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        involvement_id  TEXT NOT NULL UNIQUE REFERENCES involvements (id) ON DELETE CASCADE,
        knows_children  TEXT NOT NULL CHECK (knows_children IN ('ja', 'nee', 'onbekend')),
        own_kindcheck   TEXT NOT NULL CHECK (own_kindcheck IN ('ja', 'nee', 'onbekend')),
        established_on  TEXT,
        established_by  TEXT NOT NULL DEFAULT '',
        note            TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        created_by      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX involvement_kindchecks_family ON involvement_kindchecks (family_id);
    `);
  },
};
