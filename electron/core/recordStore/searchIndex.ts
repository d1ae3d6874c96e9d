import type { SearchHit } from '../../../shared/contract/registerChannels';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { addToGroup } from './groupByKey';

/**
 * Full-text search over families, inside the encrypted vault (FTS5 pages are encrypted like every
 * other page). A family is found by any member's name, a school, an involved organisation or
 * professional; every typed word is a prefix, diacritics are ignored ("mull" finds "Müller").
 */
const COLUMNS = ['names', 'schools', 'organisations', 'professionals'] as const;
const COLUMN_LABEL: Record<(typeof COLUMNS)[number], string> = {
  names: 'naam',
  schools: 'school',
  organisations: 'organisatie',
  professionals: 'betrokkene',
};

/**
 * A family's index row carries the family's own rowid (kept so by migration 13), so it is found
 * through the primary key. Deleting by `family_id`, an unindexed FTS column, scanned the whole
 * index on every change: loading a region took time quadratic in its families (2.5 billion row
 * visits at 50 000 families) and every edit cost a pass over all of them.
 */
export function reindexFamily(db: WritableDb, familyId: string): void {
  db.prepare('DELETE FROM family_search WHERE rowid = (SELECT rowid FROM families WHERE id = ?)').run(familyId);
  db.prepare(
    `INSERT INTO family_search (rowid, family_id, names, schools, organisations, professionals)
     SELECT f.rowid, f.id,
       f.display_name || ' ' || coalesce((SELECT group_concat(m.given_name || ' ' || m.family_name, ' ')
                                          FROM family_members m WHERE m.family_id = f.id), ''),
       coalesce((SELECT group_concat(DISTINCT o.name) FROM family_members m JOIN organisations o ON o.id = m.school_id
                 WHERE m.family_id = f.id), ''),
       coalesce((SELECT group_concat(DISTINCT o.name) FROM involvements i JOIN organisations o ON o.id = i.organisation_id
                 WHERE i.family_id = f.id AND i.ended_at IS NULL), ''),
       coalesce((SELECT group_concat(DISTINCT p.name) FROM involvements i JOIN professionals p ON p.id = i.professional_id
                 WHERE i.family_id = f.id AND i.ended_at IS NULL), '')
     FROM families f WHERE f.id = ?`,
  ).run(familyId);
}

/** Reindexes every family that involves an organisation or professional whose name changed. */
export function reindexFamiliesOf(db: WritableDb, where: { organisationId?: string; professionalId?: string }): void {
  const ids = db
    .prepare(
      `SELECT DISTINCT family_id FROM involvements WHERE organisation_id = @o OR professional_id = @p
       UNION SELECT DISTINCT family_id FROM family_members WHERE school_id = @o`,
    )
    .all({ o: where.organisationId ?? null, p: where.professionalId ?? null }) as { family_id: string }[];
  for (const { family_id } of ids) reindexFamily(db, family_id);
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of the query as FTS5 prefix phrases; quotes are doubled so no query syntax gets through. */
export function ftsQuery(query: string): string | null {
  const words = query
    .split(/[\s,;:()"'*^+-]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

interface HitRow {
  family_id: string;
  display_name: string;
  anonymous: number;
  updated_at: string;
  names: string;
  schools: string;
  organisations: string;
  professionals: string;
}

function matchedOn(row: HitRow, query: string): string {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const column of COLUMNS) {
    const text = row[column];
    const folded = fold(text);
    const tokens = folded.split(/[^\p{L}\p{N}]+/u);
    if (words.every((w) => tokens.some((t) => t.startsWith(w)))) {
      const piece = column === 'names' ? '' : text.split(',').find((part) => words.some((w) => fold(part).includes(w))) ?? '';
      return piece ? `${COLUMN_LABEL[column]}: ${piece.trim()}` : COLUMN_LABEL[column];
    }
  }
  return 'meerdere velden';
}

function childNames(db: ReadableDb, familyIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (familyIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT family_id, given_name FROM family_members WHERE role = 'kind'
       AND family_id IN (SELECT value FROM json_each(?)) ORDER BY birth_date`,
    )
    .all(JSON.stringify(familyIds)) as { family_id: string; given_name: string }[];
  for (const r of rows) addToGroup(out, r.family_id, r.given_name);
  return out;
}

/**
 * Families whose names hold every typed word come first, then the families found through a school,
 * an organisation or a professional, each part by relevance. Ranking is the only work that grows
 * with the number of hits, and the first letters typed match most of a region ("h" finds 37 000 of
 * 50 000 families through some word): looking among the names first ranks a third of them and is
 * mostly enough to fill the list; the second, wider search runs only when it is not.
 */
export function searchFamilies(db: ReadableDb, query: string, limit: number): SearchHit[] {
  const match = ftsQuery(query);
  if (match === null) return recentFamilies(db, limit);
  const ranked = db.prepare(
    `SELECT f.id AS family_id, f.display_name, f.anonymous, f.updated_at, s.names, s.schools, s.organisations, s.professionals
     FROM family_search s JOIN families f ON f.rowid = s.rowid
     WHERE family_search MATCH ? ORDER BY bm25(family_search, 0, 10.0, 3.0, 2.0, 2.0), f.display_name LIMIT ?`,
  );
  const byName = ranked.all(`names : (${match})`, limit) as HitRow[];
  const rows =
    byName.length >= limit
      ? byName
      : [...byName, ...(ranked.all(match, limit + byName.length) as HitRow[]).filter((r) => !byName.some((n) => n.family_id === r.family_id))].slice(0, limit);
  return toHits(db, rows, (r) => matchedOn(r, query));
}

export function recentFamilies(db: ReadableDb, limit: number): SearchHit[] {
  const rows = db
    .prepare('SELECT id AS family_id, display_name, anonymous, updated_at FROM families ORDER BY updated_at DESC, display_name LIMIT ?')
    .all(limit) as FamilyRow[];
  return toHits(db, rows, () => '');
}

type FamilyRow = Pick<HitRow, 'family_id' | 'display_name' | 'anonymous' | 'updated_at'>;

/** The schools of the families' children, so two families with the same name can be told apart. */
function schoolNames(db: ReadableDb, familyIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (familyIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT DISTINCT m.family_id, o.name FROM family_members m JOIN organisations o ON o.id = m.school_id
       WHERE m.family_id IN (SELECT value FROM json_each(?)) ORDER BY o.name`,
    )
    .all(JSON.stringify(familyIds)) as { family_id: string; name: string }[];
  for (const r of rows) addToGroup(out, r.family_id, r.name);
  return out;
}

function toHits<R extends FamilyRow>(db: ReadableDb, rows: R[], why: (row: R) => string): SearchHit[] {
  const kids = childNames(db, rows.map((r) => r.family_id));
  const schools = schoolNames(db, rows.map((r) => r.family_id));
  return rows.map((r) => ({
    familyId: r.family_id,
    displayName: r.display_name,
    anonymous: r.anonymous === 1,
    childNames: kids.get(r.family_id) ?? [],
    schools: schools.get(r.family_id) ?? [],
    matchedOn: why(r),
    updatedAt: r.updated_at,
  }));
}
