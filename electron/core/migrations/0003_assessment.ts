import { INSTRUMENT_V1 } from '../../../shared/instrument/defaultInstrument';
import { RISK_LEVELS } from '../../../shared/instrument/assessmentRecords';
import type { Migration } from './migration';

/** The id of "Casustafel basis" version 1 in every vault, so assessments can point at it forever. */
export const INSTRUMENT_V1_ID = '7c0a1d2e-4b5f-4c3a-9e1d-000000000001';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
/** A level's rank as SQL, so the table itself refuses a lowered judgement without a reason. */
const rank = (column: string) => `(CASE ${column} ${RISK_LEVELS.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ')} END)`;

/**
 * Version 3: structured risk assessment.
 * - instruments: versioned instrument definitions (JSON validated by shared/instrument); a stored
 *   version never changes and cannot be removed while an assessment uses it;
 * - assessments per child, tied to the exact instrument version forever;
 * - answers with observer (participant and discipline), source, date, note and blind-spot owner;
 * - the afwegingskader trail (append-only: a revised answer is a new entry);
 * - judgements with per-participant scales; lowering the computed level needs a reason;
 * - required agenda topics (the mandatory child-safety item after a positive Kindcheck, the required
 *   decision on reporting) that stay open until a meeting resolves them.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'assessment',
  up(db, { now }) {
    db.exec(`
      CREATE TABLE instruments (
        id         TEXT PRIMARY KEY,
        key        TEXT NOT NULL,
        version    INTEGER NOT NULL CHECK (version >= 1),
        name       TEXT NOT NULL,
        definition TEXT NOT NULL,
        built_in   INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (key, version)
      ) STRICT;
      CREATE TRIGGER instruments_immutable BEFORE UPDATE ON instruments
      BEGIN
        SELECT RAISE(ABORT, 'een instrumentversie verandert nooit: importeer een nieuwe versie');
      END;

      CREATE TABLE assessments (
        id            TEXT PRIMARY KEY,
        family_id     TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        child_id      TEXT NOT NULL REFERENCES family_members (id) ON DELETE CASCADE,
        instrument_id TEXT NOT NULL REFERENCES instruments (id) ON DELETE RESTRICT,
        meeting_id    TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        previous_id   TEXT REFERENCES assessments (id) ON DELETE SET NULL,
        assessed_on   TEXT NOT NULL,
        kindcheck     TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        created_by    TEXT NOT NULL,
        updated_by    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_family ON assessments (family_id, created_at);
      CREATE INDEX assessments_child ON assessments (child_id, created_at);
      CREATE TRIGGER assessments_instrument_fixed BEFORE UPDATE OF instrument_id ON assessments
      WHEN NEW.instrument_id IS NOT OLD.instrument_id
      BEGIN
        SELECT RAISE(ABORT, 'een taxatie blijft bij de instrumentversie waarmee ze is ingevuld');
      END;

      CREATE TABLE assessment_answers (
        assessment_id       TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        item_id             TEXT NOT NULL,
        value               TEXT CHECK (value IS NULL OR value IN ('ja', 'nee', 'onbekend', 'nvt')),
        observer_name       TEXT NOT NULL DEFAULT '',
        observer_discipline TEXT NOT NULL DEFAULT '',
        source              TEXT,
        date                TEXT,
        note                TEXT NOT NULL DEFAULT '',
        owner               TEXT NOT NULL DEFAULT '',
        updated_at          TEXT NOT NULL,
        updated_by          TEXT NOT NULL,
        PRIMARY KEY (assessment_id, item_id)
      ) STRICT;

      CREATE TABLE afweging_entries (
        id                      TEXT PRIMARY KEY,
        assessment_id           TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        professional_name       TEXT NOT NULL,
        professional_discipline TEXT NOT NULL,
        question                INTEGER NOT NULL CHECK (question BETWEEN 1 AND 5),
        answer                  TEXT NOT NULL CHECK (answer IN ('ja', 'nee')),
        reasoning               TEXT NOT NULL,
        date                    TEXT NOT NULL,
        monitoring              TEXT NOT NULL DEFAULT '',
        recorded_by             TEXT NOT NULL,
        created_at              TEXT NOT NULL
      ) STRICT;
      CREATE INDEX afweging_entries_assessment ON afweging_entries (assessment_id, created_at);

      CREATE TABLE assessment_judgements (
        assessment_id   TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        now_level       TEXT NOT NULL CHECK (now_level IN (${quoted(RISK_LEVELS)})),
        future_level    TEXT NOT NULL CHECK (future_level IN (${quoted(RISK_LEVELS)})),
        computed_now    TEXT NOT NULL CHECK (computed_now IN (${quoted(RISK_LEVELS)})),
        computed_future TEXT NOT NULL CHECK (computed_future IN (${quoted(RISK_LEVELS)})),
        reason          TEXT NOT NULL DEFAULT '',
        date            TEXT NOT NULL,
        decided_by      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK (trim(reason) <> '' OR (${rank('now_level')} >= ${rank('computed_now')} AND ${rank('future_level')} >= ${rank('computed_future')}))
      ) STRICT;

      CREATE TABLE judgement_scales (
        assessment_id          TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        position               INTEGER NOT NULL,
        participant_name       TEXT NOT NULL,
        participant_discipline TEXT NOT NULL,
        scale                  INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 10),
        PRIMARY KEY (assessment_id, position)
      ) STRICT;

      CREATE TABLE required_agenda_topics (
        id                  TEXT PRIMARY KEY,
        family_id           TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        child_id            TEXT REFERENCES family_members (id) ON DELETE CASCADE,
        assessment_id       TEXT REFERENCES assessments (id) ON DELETE CASCADE,
        topic               TEXT NOT NULL CHECK (topic IN ('kindveiligheid', 'meldbesluit')),
        created_at          TEXT NOT NULL,
        created_by          TEXT NOT NULL,
        resolved_at         TEXT,
        resolved_by         TEXT,
        resolved_meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
        resolution          TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX required_agenda_topics_family ON required_agenda_topics (family_id, resolved_at);
      CREATE UNIQUE INDEX required_agenda_topics_one_open ON required_agenda_topics (assessment_id, topic) WHERE resolved_at IS NULL;
    `);
    db.prepare(
      `INSERT INTO instruments (id, key, version, name, definition, built_in, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, 1, ?, 'Casustafel')`,
    ).run(INSTRUMENT_V1_ID, INSTRUMENT_V1.key, INSTRUMENT_V1.version, INSTRUMENT_V1.name, JSON.stringify(INSTRUMENT_V1), now);
  },
};
