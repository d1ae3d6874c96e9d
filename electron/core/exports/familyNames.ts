import type { AnonymisationSubject } from '../../../shared/exports/anonymise';
import { buildNameIndex, candidateNames, type FamilyNames, type NameIndex } from '../../../shared/exports/otherFamilyNames';
import type { ReadableDb } from '../vault/connection';

/**
 * The names a family's texts may carry, read from the vault: its display name, every household
 * member (given name, family name and both together) and every network member; and the schools
 * and childcare of its children (by the child's school, and every school or childcare involved).
 */
export function readFamilyNames(db: ReadableDb, familyId: string): string[] {
  const family = db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyId) as { display_name: string } | undefined;
  const members = db.prepare('SELECT given_name, family_name FROM family_members WHERE family_id = ?').all(familyId) as { given_name: string; family_name: string }[];
  const network = db.prepare('SELECT name FROM family_network_members WHERE family_id = ?').all(familyId) as { name: string }[];
  return [
    ...(family === undefined ? [] : [family.display_name]),
    ...members.flatMap((m) => [m.given_name, m.family_name, `${m.given_name} ${m.family_name}`.trim()]),
    ...network.map((n) => n.name),
  ].filter((n) => n.trim() !== '');
}

export function readAnonymisationSubject(db: ReadableDb, familyId: string): AnonymisationSubject {
  const schools = db
    .prepare(
      `SELECT o.name FROM organisations o WHERE o.id IN (SELECT school_id FROM family_members WHERE family_id = @f AND school_id IS NOT NULL)
       UNION SELECT o.name FROM organisations o JOIN involvements i ON i.organisation_id = o.id WHERE i.family_id = @f AND o.type IN ('school', 'kinderopvang')`,
    )
    .all({ f: familyId }) as { name: string }[];
  const registerWords = (db.prepare('SELECT name FROM organisations UNION SELECT name FROM professionals').all() as { name: string }[]).map((r) => r.name);
  return { names: readFamilyNames(db, familyId), schools: schools.map((s) => s.name), registerWords };
}

/**
 * The names of every family the texts may name, and every professional's: the capitalised words'
 * possible names are looked up in the family search index (names of the household, folded like
 * ours), so a region of fifty thousand families costs a few index lookups, not a read of all of
 * them. Network members are not in that index and are read directly.
 */
export function readNameIndex(db: ReadableDb, texts: readonly string[]): NameIndex {
  const professionals = (db.prepare('SELECT name FROM professionals').all() as { name: string }[]).map((p) => p.name);
  const candidates = candidateNames(texts);
  const familyIds = new Set<string>();
  const match = db.prepare('SELECT family_id FROM family_search WHERE family_search MATCH ?');
  for (let n = 0; n < candidates.length; n += 200) {
    const terms = candidates.slice(n, n + 200).map((c) => `"${c.replace(/"/g, '""')}"`);
    for (const row of match.all(`{names} : (${terms.join(' OR ')})`) as { family_id: string }[]) familyIds.add(row.family_id);
  }
  const names = new Map<string, string[]>();
  const push = (familyId: string, ...more: string[]) => names.set(familyId, [...(names.get(familyId) ?? []), ...more.filter((n) => n.trim() !== '')]);
  const ids = JSON.stringify([...familyIds]);
  // An anonymous family's display name ("Casus 3") names nobody.
  for (const f of db.prepare('SELECT id, display_name FROM families WHERE anonymous = 0 AND id IN (SELECT value FROM json_each(?))').all(ids) as { id: string; display_name: string }[]) {
    push(f.id, f.display_name);
  }
  for (const m of db.prepare('SELECT family_id, given_name, family_name FROM family_members WHERE family_id IN (SELECT value FROM json_each(?))').all(ids) as {
    family_id: string;
    given_name: string;
    family_name: string;
  }[]) {
    push(m.family_id, m.given_name, m.family_name);
  }
  for (const n of db.prepare('SELECT family_id, name FROM family_network_members').all() as { family_id: string; name: string }[]) push(n.family_id, n.name);
  const families: FamilyNames[] = [...names.entries()].map(([familyId, list]) => ({ familyId, names: list }));
  return buildNameIndex(families, professionals);
}
