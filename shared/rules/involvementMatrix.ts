import type { HouseholdMember, Involvement } from '../domain/records';

/**
 * "Who is involved with whom" at a glance: rows are the whole family and each child (and any other
 * household member somebody is involved with), columns the organisations involved. Only current
 * involvements count (no end date, or an end date after `today`). The inspection's first finding is
 * that nobody knows who is involved; a child with nobody at all is therefore named explicitly.
 */
export interface MatrixRow {
  /** 'gezin' for the whole family, otherwise the member id. */
  key: string;
  member: HouseholdMember | null;
  /** Per column (same order as `columns`): the involvements of that organisation with this row. */
  cells: Involvement[][];
}

export interface InvolvementMatrix {
  /** Organisation ids, in the order they first became involved. */
  columns: string[];
  rows: MatrixRow[];
  /** Children with no current involvement of their own and none with the whole family. */
  nobodyInvolved: HouseholdMember[];
  /** Children with no involvement of their own, while someone is involved with the whole family. */
  onlyThroughFamily: HouseholdMember[];
}

const CHILD_ROLES = new Set<HouseholdMember['role']>(['kind', 'verwacht_kind']);

export function isCurrentInvolvement(involvement: Pick<Involvement, 'endedAt'>, today: string): boolean {
  return involvement.endedAt === null || involvement.endedAt > today;
}

export function buildInvolvementMatrix(members: readonly HouseholdMember[], involvements: readonly Involvement[], today: string): InvolvementMatrix {
  const current = involvements.filter((i) => isCurrentInvolvement(i, today));
  const columns: string[] = [];
  for (const involvement of current) if (!columns.includes(involvement.organisationId)) columns.push(involvement.organisationId);

  const cellsFor = (memberId: string | null) => columns.map((org) => current.filter((i) => i.organisationId === org && i.memberId === memberId));
  const withOwn = new Set(current.map((i) => i.memberId).filter((id): id is string => id !== null));
  const familyWide = current.some((i) => i.memberId === null);

  const rows: MatrixRow[] = [{ key: 'gezin', member: null, cells: cellsFor(null) }];
  for (const member of members) {
    if (CHILD_ROLES.has(member.role) || withOwn.has(member.id)) rows.push({ key: member.id, member, cells: cellsFor(member.id) });
  }
  const lonelyChildren = members.filter((m) => m.role === 'kind' && !withOwn.has(m.id));
  return {
    columns,
    rows,
    nobodyInvolved: familyWide ? [] : lonelyChildren,
    onlyThroughFamily: familyWide ? lonelyChildren : [],
  };
}
