import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../../electron/core/migrations/0001_initial';
import { migration0002 } from '../../../../electron/core/migrations/0002_register';
import { INSTRUMENT_V1_ID, migration0003 } from '../../../../electron/core/migrations/0003_assessment';
import { runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { INSTRUMENT_V1 } from '../../../../shared/instrument/defaultInstrument';
import { Instrument } from '../../../../shared/instrument/instrumentSchema';

const now = () => new Date('2026-03-02T09:00:00.000Z');
const UP_TO_3 = [migration0001, migration0002, migration0003];

function atVersion3WithAChild() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, [migration0001, migration0002]);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bakker', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    "INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'f1', 'kind', 'Sem', 'Bakker', '2018-09-01', ?, ?, 'x', 'x')",
  ).run(t, t);
  runMigrations(db, now, UP_TO_3);
  db.prepare(
    `INSERT INTO assessments (id, family_id, child_id, instrument_id, assessed_on, kindcheck, created_at, updated_at, created_by, updated_by)
     VALUES ('a1', 'f1', 'c1', ?, '2026-03-02', '{}', ?, ?, 'x', 'x')`,
  ).run(INSTRUMENT_V1_ID, t, t);
  return db;
}

const judgement = (db: Database.Database, now: string, computed: string, reason: string) =>
  db
    .prepare(
      `INSERT OR REPLACE INTO assessment_judgements (assessment_id, now_level, future_level, computed_now, computed_future, reason, date, decided_by, updated_at)
       VALUES ('a1', ?, ?, ?, ?, ?, '2026-03-02', 'x', 'x')`,
    )
    .run(now, now, computed, computed, reason);

describe('migration 0003 (risk assessment)', () => {
  it('seeds "Casustafel basis" version 1 exactly as it was released', () => {
    const db = atVersion3WithAChild();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
    const row = db.prepare('SELECT key, version, name, built_in, definition FROM instruments WHERE id = ?').get(INSTRUMENT_V1_ID) as {
      key: string;
      version: number;
      name: string;
      built_in: number;
      definition: string;
    };
    expect([row.key, row.version, row.name, row.built_in]).toEqual(['casustafel-basis', 1, 'Casustafel basis', 1]);
    expect(Instrument.parse(JSON.parse(row.definition))).toEqual(INSTRUMENT_V1);
  });

  it('never changes a stored instrument version, and keeps one in use', () => {
    const db = atVersion3WithAChild();
    expect(() => db.prepare("UPDATE instruments SET name = 'anders' WHERE id = ?").run(INSTRUMENT_V1_ID)).toThrow(/verandert nooit/);
    expect(() => db.prepare('DELETE FROM instruments WHERE id = ?').run(INSTRUMENT_V1_ID)).toThrow(/FOREIGN KEY/);
  });

  it('keeps an assessment on the instrument version it was filled in with', () => {
    const db = atVersion3WithAChild();
    db.prepare(
      "INSERT INTO instruments VALUES ('i2', 'casustafel-basis', 2, 'Casustafel basis', '{}', 0, 'x', 'x')",
    ).run();
    expect(() => db.prepare("UPDATE assessments SET instrument_id = 'i2' WHERE id = 'a1'").run()).toThrow(/instrumentversie/);
    expect(() => db.prepare("INSERT INTO instruments VALUES ('i3', 'casustafel-basis', 2, 'dubbel', '{}', 0, 'x', 'x')").run()).toThrow(/UNIQUE/);
  });

  it('refuses a judgement below the computed level unless it has a reason', () => {
    const db = atVersion3WithAChild();
    expect(() => judgement(db, 'hoog', 'verhoogd', '')).not.toThrow();
    expect(() => judgement(db, 'laag', 'hoog', '')).toThrow(/CHECK/);
    expect(() => judgement(db, 'laag', 'hoog', '   ')).toThrow(/CHECK/);
    expect(() => judgement(db, 'laag', 'hoog', 'Kinderen wonen tijdelijk bij oma.')).not.toThrow();
  });

  it('refuses values outside the vocabulary (answers, afweging questions, scales, topics)', () => {
    const db = atVersion3WithAChild();
    expect(() => db.prepare("INSERT INTO assessment_answers (assessment_id, item_id, value, updated_at, updated_by) VALUES ('a1', 'A1', 'misschien', 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO afweging_entries VALUES ('t1', 'a1', 'Jolien', 'JGZ', 6, 'ja', 'x', '2026-03-02', '', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO judgement_scales VALUES ('a1', 0, 'Jolien', 'JGZ', 11)").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by) VALUES ('r1', 'f1', 'c1', 'a1', 'koffie', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
  });

  it('allows one open required topic per assessment and kind, and removes everything with the family', () => {
    const db = atVersion3WithAChild();
    const topic = db.prepare(
      "INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by) VALUES (?, 'f1', 'c1', 'a1', 'kindveiligheid', 'x', 'x')",
    );
    topic.run('r1');
    expect(() => topic.run('r2')).toThrow(/UNIQUE/);
    db.prepare("UPDATE required_agenda_topics SET resolved_at = 'x' WHERE id = 'r1'").run();
    expect(() => topic.run('r2')).not.toThrow();
    db.prepare("INSERT INTO assessment_answers (assessment_id, item_id, value, updated_at, updated_by) VALUES ('a1', 'C1', 'ja', 'x', 'x')").run();
    db.prepare("DELETE FROM families WHERE id = 'f1'").run();
    for (const table of ['assessments', 'assessment_answers', 'required_agenda_topics']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT count(*) AS n FROM instruments').get()).toEqual({ n: 2 - 1 });
  });
});
