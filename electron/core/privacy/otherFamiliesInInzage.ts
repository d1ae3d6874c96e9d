import { mentionedFamilies, redactOtherFamilies } from '../../../shared/exports/otherFamilyNames';
import { readFamilyNames, readNameIndex } from '../exports/familyNames';
import type { ReadableDb } from '../vault/connection';

type Row = Record<string, unknown>;

export const INZAGE_OTHER_FAMILIES_TEXT =
  'namen van leden van andere gezinnen zijn vervangen door [naam]: een inzage mag de rechten van anderen niet schaden (AVG art. 15 lid 4)';

/**
 * An inzage gives a family what the vault holds about it, and its minutes may name a classmate or
 * a neighbour's child. The family has no right to another family's data, so every such name in the
 * family's own rows is replaced; the count goes into the inzage's list of what was withheld.
 */
export function replaceOtherFamiliesInInzage(db: ReadableDb, familyId: string, records: Record<string, Row[]>): { table: string; count: number; reason: string }[] {
  const texts = Object.values(records).flatMap((rows) => rows.flatMap((row) => Object.values(row).filter((v): v is string => typeof v === 'string')));
  const index = readNameIndex(db, texts);
  const own = { familyId, names: readFamilyNames(db, familyId) };
  const out: { table: string; count: number; reason: string }[] = [];
  for (const [table, rows] of Object.entries(records)) {
    let count = 0;
    records[table] = rows.map((row) => {
      let changed = false;
      const next: Row = {};
      for (const [key, value] of Object.entries(row)) {
        if (typeof value !== 'string' || !/\p{Lu}/u.test(value)) {
          next[key] = value;
          continue;
        }
        const blocked = new Set(mentionedFamilies(value, index, own).map((m) => m.familyId));
        const replaced = redactOtherFamilies(value, index, own, blocked);
        next[key] = replaced.text;
        if (replaced.text !== value) changed = true;
      }
      if (changed) count += 1;
      return next;
    });
    if (count > 0) out.push({ table, count, reason: INZAGE_OTHER_FAMILIES_TEXT });
  }
  return out;
}
