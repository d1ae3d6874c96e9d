/**
 * The families a computation over every family is kept to: all of them (null), or a few (a page of
 * a list, the families that changed). The ids go in as one JSON parameter, so a query's text stays
 * the same whatever the number of families.
 */
export interface FamilyScopeSql {
  /** The SQL condition on `column`: always true for every family. */
  where(column: string): string;
  /** The statement's parameters: none for every family, else `@only`. */
  args: [] | [{ only: string }];
  /** The same as named parameters, to spread beside the statement's own. */
  named: { only?: string };
}

export function familyScope(only: readonly string[] | null): FamilyScopeSql {
  if (only === null) return { where: () => '1', args: [], named: {} };
  const json = JSON.stringify(only);
  return { where: (column) => `${column} IN (SELECT value FROM json_each(@only))`, args: [{ only: json }], named: { only: json } };
}
