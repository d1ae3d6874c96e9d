import type { Migration } from './migration';

/**
 * Version 8: retention and destruction.
 * - retention_periods: the organisation's years per retention class (seeded with the defaults; the
 *   legal minimum is checked in shared/retention before a change is stored).
 * - family_retention: a family's class and, where the vault cannot know it, the day the clock
 *   started (the day a child left school, or an end of help typed by hand). Without a row a family
 *   is jeugdhulp and its clock starts when the help ended (closure, last involvement).
 * - destruction_requests: a person's request for early destruction and the decision on it.
 * - destructions: one row per destroyed family. Both outlive the family on purpose (no foreign key
 *   to families) and hold no names: a neutral reference, the reason, counts, who and when.
 *   Destructions can never be changed or removed, like the audit log.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'retention',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE retention_periods (
        retention_class TEXT PRIMARY KEY CHECK (retention_class IN ('jeugdhulp', 'school', 'school_verzuim', 'school_verwijzing_sbo_so')),
        years           INTEGER NOT NULL CHECK (years BETWEEN 1 AND 115),
        updated_at      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE family_retention (
        family_id       TEXT PRIMARY KEY REFERENCES families (id) ON DELETE CASCADE,
        retention_class TEXT NOT NULL REFERENCES retention_periods (retention_class),
        trigger_date    TEXT,
        updated_at      TEXT NOT NULL,
        updated_by      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE destruction_requests (
        id             TEXT PRIMARY KEY,
        family_id      TEXT NOT NULL,
        family_ref     TEXT NOT NULL,
        requester_role TEXT NOT NULL CHECK (requester_role IN ('ouder_met_gezag', 'jongere')),
        request_date   TEXT NOT NULL,
        decision       TEXT NOT NULL CHECK (decision IN ('toegewezen', 'afgewezen')),
        decision_note  TEXT NOT NULL DEFAULT '',
        decided_by     TEXT NOT NULL,
        decided_at     TEXT NOT NULL,
        destroyed_at   TEXT
      ) STRICT;
      CREATE INDEX destruction_requests_family ON destruction_requests (family_id, decided_at);

      CREATE TABLE destructions (
        id              TEXT PRIMARY KEY,
        family_id       TEXT NOT NULL,
        family_ref      TEXT NOT NULL,
        reason          TEXT NOT NULL CHECK (reason IN ('bewaartermijn_verstreken', 'verzoek_betrokkene', 'anders')),
        reason_text     TEXT NOT NULL DEFAULT '',
        retention_class TEXT NOT NULL,
        request_id      TEXT REFERENCES destruction_requests (id),
        removed         TEXT NOT NULL,
        destroyed_at    TEXT NOT NULL,
        destroyed_by    TEXT NOT NULL,
        audit_seq       INTEGER NOT NULL,
        CHECK (reason <> 'anders' OR reason_text <> ''),
        CHECK (reason <> 'verzoek_betrokkene' OR request_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX destructions_at ON destructions (destroyed_at);
      CREATE TRIGGER destructions_no_update BEFORE UPDATE ON destructions
      BEGIN
        SELECT RAISE(ABORT, 'een vastgelegde vernietiging verandert nooit');
      END;
      CREATE TRIGGER destructions_no_delete BEFORE DELETE ON destructions
      BEGIN
        SELECT RAISE(ABORT, 'een vastgelegde vernietiging wordt nooit verwijderd');
      END;
    `);
    const seed = db.prepare("INSERT INTO retention_periods (retention_class, years, updated_at, updated_by) VALUES (?, ?, ?, 'Casustafel')");
    for (const [cls, years] of [
      ['jeugdhulp', 20],
      ['school', 2],
      ['school_verzuim', 5],
      ['school_verwijzing_sbo_so', 3],
    ] as const) {
      seed.run(cls, years, now);
    }
  },
};
