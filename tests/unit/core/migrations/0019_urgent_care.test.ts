import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { defaultInstrumentId } from '../../../../electron/core/assessment/instrumentService';
import { INSTRUMENT_V1_ID } from '../../../../electron/core/migrations/0003_assessment';
import { INSTRUMENT_V2_ID } from '../../../../electron/core/migrations/0010_meldcode_decisions';
import { INSTRUMENT_V3_ID, migration0019 } from '../../../../electron/core/migrations/0019_urgent_care';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { INSTRUMENT_V1, INSTRUMENT_V2, INSTRUMENT_V3 } from '../../../../shared/instrument/defaultInstrument';
import { Instrument } from '../../../../shared/instrument/instrumentSchema';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const BEFORE = MIGRATIONS.filter((m) => m.version < 19);

/** A vault as it stood before urgent care: a version 2 assessment whose A6 raised a decision on reporting. */
function beforeUrgentCare() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Dijkstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    "INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'f1', 'kind', 'Milan', 'Dijkstra', '2012-05-14', ?, ?, 'x', 'x')",
  ).run(t, t);
  db.prepare(
    `INSERT INTO assessments (id, family_id, child_id, instrument_id, assessed_on, kindcheck, created_at, updated_at, created_by, updated_by)
     VALUES ('a1', 'f1', 'c1', ?, '2026-11-30', '{}', ?, ?, 'x', 'x')`,
  ).run(INSTRUMENT_V2_ID, t, t);
  const topic = db.prepare(
    `INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by, resolved_at, resolved_by, resolution)
     VALUES (?, 'f1', 'c1', 'a1', ?, ?, 'Sanne de Wit', ?, ?, ?)`,
  );
  topic.run('t1', 'meldbesluit', t, null, null, '');
  topic.run('t2', 'kindveiligheid', t, t, 'Sanne de Wit', 'Besproken in het ZAT: JGZ ziet Milan deze week.');
  return db;
}

const topicsOf = (db: Database.Database) => db.prepare('SELECT * FROM required_agenda_topics ORDER BY id').all();

describe('migration 0019 (urgent care for a child’s own suicide threat)', () => {
  it('upgrades a vault and keeps every required topic as it was, open or resolved', () => {
    const db = beforeUrgentCare();
    const before = topicsOf(db);
    runMigrations(db, now, [...BEFORE, migration0019]);
    expect(schemaVersion(db)).toBe(19);
    expect(topicsOf(db)).toEqual(before);
    // The assessment keeps its version 2, so its A6 still means what it meant.
    expect(db.prepare("SELECT instrument_id FROM assessments WHERE id = 'a1'").get()).toEqual({ instrument_id: INSTRUMENT_V2_ID });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('admits the topic "spoedzorg", still refuses an unknown one, and keeps one open topic per kind and assessment', () => {
    const db = beforeUrgentCare();
    const insert = (id: string, topic: string) =>
      db.prepare("INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by) VALUES (?, 'f1', 'c1', 'a1', ?, ?, 'x')").run(id, topic, now().toISOString());
    expect(() => insert('t3', 'spoedzorg')).toThrow(/CHECK constraint/);
    runMigrations(db, now, [...BEFORE, migration0019]);
    insert('t3', 'spoedzorg');
    expect(() => insert('t4', 'spoedzorg')).toThrow(/UNIQUE constraint/);
    expect(() => insert('t5', 'zomaar')).toThrow(/CHECK constraint/);
    // Removing the child or the assessment still takes its topics along.
    db.prepare("DELETE FROM assessments WHERE id = 'a1'").run();
    expect(topicsOf(db)).toEqual([]);
  });

  it('finds a family’s and a child’s topics through their indexes again', () => {
    const db = beforeUrgentCare();
    runMigrations(db, now, [...BEFORE, migration0019]);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan('SELECT 1 FROM required_agenda_topics WHERE child_id = ?')).toMatch(/USING COVERING INDEX required_agenda_topics_child/);
    expect(plan('SELECT id FROM required_agenda_topics WHERE family_id = ? AND resolved_at IS NULL')).toMatch(/USING (COVERING )?INDEX required_agenda_topics_family/);
  });

  it('adds "Casustafel basis" version 3 as the default for new assessments; versions 1 and 2 stay exactly as released', () => {
    const db = beforeUrgentCare();
    runMigrations(db, now, [...BEFORE, migration0019]);
    const rows = db.prepare("SELECT id, version, built_in, definition FROM instruments WHERE key = 'casustafel-basis' ORDER BY version").all() as {
      id: string;
      version: number;
      built_in: number;
      definition: string;
    }[];
    expect(rows.map((r) => [r.id, r.version, r.built_in])).toEqual([
      [INSTRUMENT_V1_ID, 1, 1],
      [INSTRUMENT_V2_ID, 2, 1],
      [INSTRUMENT_V3_ID, 3, 1],
    ]);
    expect(rows.map((r) => Instrument.parse(JSON.parse(r.definition)))).toEqual([INSTRUMENT_V1, INSTRUMENT_V2, INSTRUMENT_V3]);
    expect(defaultInstrumentId(db)).toBe(INSTRUMENT_V3_ID);
    expect(() => db.prepare('UPDATE instruments SET name = ? WHERE id = ?').run('anders', INSTRUMENT_V3_ID)).toThrow(/verandert nooit/);
  });
});
