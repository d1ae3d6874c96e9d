import type { ReadableDb } from '../vault/connection';

/**
 * Who carries out an action, in words, for every document and list that names the owner: a
 * professional with their organisation, an organisation, the family itself, or someone of its
 * network with their relation. One reader, so a summary, the plan letter and the digest never
 * disagree about who does it.
 */
export interface ActionOwnerRef {
  ownerProfessionalId: string | null;
  ownerOrganisationId: string | null;
  ownerFamily: boolean;
  ownerNetworkMemberId: string | null;
}

export type OwnerKind = 'gezin' | 'netwerk' | 'professional';

export function ownerKindOf(a: ActionOwnerRef): OwnerKind {
  if (a.ownerFamily) return 'gezin';
  if (a.ownerNetworkMemberId !== null) return 'netwerk';
  return 'professional';
}

/** `familyWord` is how the family is named as owner: "het gezin" for professionals, "jullie als gezin" in the family's own letter. */
export function actionOwnerLabel(db: ReadableDb, a: ActionOwnerRef, familyWord = 'het gezin'): string {
  if (a.ownerFamily) return familyWord;
  if (a.ownerNetworkMemberId !== null) {
    const m = db.prepare('SELECT name, relation FROM family_network_members WHERE id = ?').get(a.ownerNetworkMemberId) as { name: string; relation: string } | undefined;
    if (m === undefined) return 'onbekend';
    return m.relation.trim() === '' ? m.name : `${m.name} (${m.relation})`;
  }
  const row = db
    .prepare(
      `SELECT p.name AS name, coalesce(o1.name, o2.name) AS organisation
       FROM (SELECT 1) LEFT JOIN professionals p ON p.id = @p LEFT JOIN organisations o1 ON o1.id = p.organisation_id
       LEFT JOIN organisations o2 ON o2.id = @o`,
    )
    .get({ p: a.ownerProfessionalId, o: a.ownerOrganisationId }) as { name: string | null; organisation: string | null };
  if (row.name && row.organisation) return `${row.name} (${row.organisation})`;
  return row.name ?? row.organisation ?? 'onbekend';
}
