import type { Migration } from './migration';

const COLUMNS = `id, family_id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, status_date, reason,
  stagnation_reason, consent_status, escalation_step, noticed_by, summary, legal_basis, member_ids, recorded_by,
  created_at, updated_at, created_by, updated_by`;

/**
 * Version 17: nothing drops out of view on the timeline.
 * - A signal can be the youngster's or the family's own request for help (`requested_by`: jongere,
 *   gezin), which comes from no organisation: `organisation_id` may be empty for such a signal only.
 *   SQLite cannot loosen a NOT NULL in place, so the table is rebuilt with the same rows under the
 *   same rowids; every existing event keeps its organisation and means what it meant.
 * - The partial index of the kinds a report's rules read now holds "hulp beëindigd" too: the
 *   days from signal to help are counted per episode, and help ending closes an episode.
 * - `stagnation_handlings`: a stagnation is handled only with the alternative that was considered
 *   (who, what, when), one per stagnation; it goes with its event.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'help_episodes',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_events_next (
        id                 TEXT PRIMARY KEY,
        family_id          TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        type               TEXT NOT NULL CHECK (type IN ('signaal', 'advies_gevraagd', 'melding', 'verwijzing', 'hulp_gestart',
                             'hulp_beeindigd', 'stagnatie', 'overleg', 'besluit', 'terugkoppeling', 'regiewissel', 'toestemming',
                             'escalatie', 'kind_gezien', 'niet_verschenen', 'notitie')),
        date               TEXT NOT NULL,
        sort_key           INTEGER NOT NULL,
        organisation_id    TEXT REFERENCES organisations (id),
        to_organisation_id TEXT REFERENCES organisations (id),
        referral_status    TEXT CHECK (referral_status IN ('verstuurd', 'geaccepteerd', 'teruggelegd', 'afgewezen')),
        status_date        TEXT,
        reason             TEXT NOT NULL DEFAULT '',
        stagnation_reason  TEXT CHECK (stagnation_reason IN ('wachtlijst', 'gezin_weigert', 'geen_passend_aanbod')),
        consent_status     TEXT CHECK (consent_status IN ('gegeven', 'geweigerd', 'ingetrokken')),
        escalation_step    TEXT CHECK (escalation_step IN ('vrijwillig', 'drang', 'dwang')),
        noticed_by         TEXT NOT NULL DEFAULT '',
        summary            TEXT NOT NULL DEFAULT '',
        legal_basis        TEXT NOT NULL CHECK (legal_basis IN ('toestemming', 'meldrecht', 'noodzakelijk_betrokkenen', 'wettelijke_plicht')),
        member_ids         TEXT NOT NULL DEFAULT '[]',
        recorded_by        TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        created_by         TEXT NOT NULL,
        updated_by         TEXT NOT NULL,
        requested_by       TEXT CHECK (requested_by IN ('jongere', 'gezin')),
        CHECK (requested_by IS NULL OR (type = 'signaal' AND organisation_id IS NULL)),
        CHECK (organisation_id IS NOT NULL OR requested_by IS NOT NULL)
      ) STRICT;
      INSERT INTO timeline_events_next (rowid, ${COLUMNS}) SELECT rowid, ${COLUMNS} FROM timeline_events;
      DROP TABLE timeline_events;
      ALTER TABLE timeline_events_next RENAME TO timeline_events;

      CREATE INDEX timeline_events_family ON timeline_events (family_id, sort_key);
      CREATE INDEX timeline_events_organisation ON timeline_events (organisation_id);
      CREATE INDEX timeline_events_to_organisation ON timeline_events (to_organisation_id);
      CREATE INDEX timeline_events_report ON timeline_events
        (family_id, type, sort_key, id, date, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason);
      CREATE INDEX timeline_events_rules ON timeline_events
        (family_id, type, sort_key, id, date, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason)
        WHERE type IN ('signaal', 'melding', 'advies_gevraagd', 'verwijzing', 'hulp_gestart', 'hulp_beeindigd', 'regiewissel');
      CREATE INDEX timeline_events_signals ON timeline_events (family_id, sort_key, id, organisation_id, date) WHERE type = 'signaal';

      CREATE TABLE stagnation_handlings (
        id             TEXT PRIMARY KEY,
        family_id      TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        event_id       TEXT NOT NULL UNIQUE REFERENCES timeline_events (id) ON DELETE CASCADE,
        who            TEXT NOT NULL CHECK (trim(who) <> ''),
        what           TEXT NOT NULL CHECK (trim(what) <> ''),
        alternative_on TEXT NOT NULL CHECK (alternative_on <> ''),
        handled_on     TEXT NOT NULL,
        recorded_by    TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        updated_by     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stagnation_handlings_family ON stagnation_handlings (family_id);
    `);
  },
};
