import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { searchFamilies } from '../../../../electron/core/recordStore/searchIndex';
import { RULE_KINDS } from '../../../../electron/core/timeline/signalTimelines';

const now = () => new Date('2026-12-06T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 14);

function beforeRegionScale() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  const family = db.prepare("INSERT INTO families VALUES (?, ?, 0, '', ?, ?, 'x', 'x')");
  family.run('f1', 'Gezin Visser', t, t);
  family.run('f2', 'Gezin Hoekstra', t, t);
  const index = db.prepare('INSERT INTO family_search (rowid, family_id, names, schools, organisations, professionals) VALUES ((SELECT rowid FROM families WHERE id = ?), ?, ?, ?, ?, ?)');
  index.run('f1', 'f1', 'Gezin Visser Fenna Visser', 'De Regenboog', '', '');
  index.run('f2', 'f2', 'Gezin Hoekstra Ayoub Hoekstra', '', 'Veilig Thuis Haaglanden', 'Sanne de Wit');
  return db;
}

function plan(db: Database.Database, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; ');
}

describe('migration 0014 (region scale)', () => {
  it('finds the rows that point at a family member, an assessment or an action through an index, so deleting one no longer scans a table', () => {
    const db = beforeRegionScale();
    expect(plan(db, 'SELECT 1 FROM involvements WHERE member_id = ?')).toMatch(/^SCAN/);
    runMigrations(db, now);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(14);
    expect(plan(db, 'SELECT 1 FROM involvements WHERE member_id = ?')).toMatch(/USING COVERING INDEX involvements_member/);
    expect(plan(db, 'SELECT 1 FROM consents WHERE person_id = ?')).toMatch(/USING COVERING INDEX consents_person/);
    expect(plan(db, 'SELECT 1 FROM required_agenda_topics WHERE child_id = ?')).toMatch(/USING COVERING INDEX required_agenda_topics_child/);
    expect(plan(db, 'SELECT 1 FROM assessments WHERE previous_id = ?')).toMatch(/USING COVERING INDEX assessments_previous/);
    expect(plan(db, 'SELECT 1 FROM handover_families WHERE action_id = ?')).toMatch(/USING COVERING INDEX handover_families_action/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('lets a report read the events of each family together from an index, in family order, without sorting', () => {
    const db = beforeRegionScale();
    runMigrations(db, now);
    const plan = (db.prepare(
      `EXPLAIN QUERY PLAN SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status
       FROM timeline_events INDEXED BY timeline_events_report WHERE type IN ('signaal', 'verwijzing', 'hulp_gestart') AND sort_key < 20000000000
       ORDER BY family_id`,
    ).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan).toContain('USING COVERING INDEX timeline_events_report');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('gives the kinds a report starts from an index of their own, in family order', () => {
    const db = beforeRegionScale();
    runMigrations(db, now);
    const kinds = RULE_KINDS.map((k) => `'${k}'`).join(', ');
    const plan = (db.prepare(
      `EXPLAIN QUERY PLAN SELECT family_id, id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason
       FROM timeline_events INDEXED BY timeline_events_rules WHERE sort_key < 20000000000 AND type IN (${kinds}) ORDER BY family_id`,
    ).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan).toBe('SCAN timeline_events USING COVERING INDEX timeline_events_rules');
  });

  it('finds every signal of the region from an index of the signals alone, and one family’s by seeking', () => {
    const db = beforeRegionScale();
    runMigrations(db, now);
    const all = (db.prepare(
      `EXPLAIN QUERY PLAN SELECT rowid, family_id, id, organisation_id, date FROM timeline_events
       WHERE type = 'signaal' AND organisation_id IS NOT NULL ORDER BY sort_key, id`,
    ).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(all).toContain('USING COVERING INDEX timeline_events_signals');
    const one = (db.prepare(
      `EXPLAIN QUERY PLAN SELECT rowid, family_id, id, organisation_id, date FROM timeline_events
       WHERE type = 'signaal' AND organisation_id IS NOT NULL AND family_id = ? ORDER BY sort_key, id`,
    ).all('f1') as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(one).toMatch(/^SEARCH timeline_events USING COVERING INDEX timeline_events_\w+ \(family_id=\?/);
  });

  it('keeps every family findable under its own rowid, with prefix indexes for the first letters', () => {
    const db = beforeRegionScale();
    runMigrations(db, now);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'family_search'").pluck().get()).toMatch(/prefix = '1 2'/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'family_search%' ORDER BY name").pluck().all()).toEqual([
      'family_search',
      'family_search_config',
      'family_search_content',
      'family_search_data',
      'family_search_docsize',
      'family_search_idx',
    ]);
    expect(db.prepare('SELECT s.rowid = f.rowid AS same FROM family_search s JOIN families f ON f.id = s.family_id').pluck().all()).toEqual([1, 1]);
    expect(searchFamilies(db, 'h', 10).map((h) => h.familyId)).toEqual(['f2']);
    expect(searchFamilies(db, 'regenb', 10).map((h) => [h.familyId, h.matchedOn])).toEqual([['f1', 'school: De Regenboog']]);
    expect(searchFamilies(db, 'san wit', 10).map((h) => h.familyId)).toEqual(['f2']);
  });
});
