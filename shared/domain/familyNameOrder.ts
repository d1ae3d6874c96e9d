/**
 * The order of family names in the lists over every family (the digest, Opvolging): by a key that
 * the vault can store and SQLite can sort (BINARY), so a page is a query and not a sort of every
 * family in memory. The key leaves out accents and case ("Çelik" beside "Celik", "de Vries" before
 * "Dekker", as a Dutch reader looks them up); names equal under the key go by the family's id.
 */
export function familyNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('nl');
}

/** What a name filter compares: the name in lower case, as typed into the filter. */
export function familySearchName(name: string): string {
  return name.toLocaleLowerCase('nl');
}

/** Compares two families by name key, then id (the same order as `ORDER BY name_key, family_id`). */
export function byFamilyName(a: { nameKey: string; familyId: string }, b: { nameKey: string; familyId: string }): number {
  return a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.familyId < b.familyId ? -1 : a.familyId > b.familyId ? 1 : 0;
}
