import type { Migration } from './migration';

/**
 * Version 4: the shared family timeline. Typed events only: meetings, consent and later
 * decisions are derived at read time from their own tables, so nothing is stored twice.
 * `date` is the approximate date as typed (day, month, season or year); `sort_key` orders it.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'timeline',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_events (
        id                 TEXT PRIMARY KEY,
        family_id          TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        type               TEXT NOT NULL CHECK (type IN ('signaal', 'advies_gevraagd', 'melding', 'verwijzing', 'hulp_gestart',
                             'hulp_beeindigd', 'stagnatie', 'overleg', 'besluit', 'terugkoppeling', 'regiewissel', 'toestemming',
                             'escalatie', 'kind_gezien', 'niet_verschenen', 'notitie')),
        date               TEXT NOT NULL,
        sort_key           INTEGER NOT NULL,
        organisation_id    TEXT NOT NULL REFERENCES organisations (id),
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
        updated_by         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX timeline_events_family ON timeline_events (family_id, sort_key);
      CREATE INDEX timeline_events_organisation ON timeline_events (organisation_id);
      CREATE INDEX timeline_events_to_organisation ON timeline_events (to_organisation_id);
    `);
  },
};
