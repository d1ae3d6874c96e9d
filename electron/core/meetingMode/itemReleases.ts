import type { ItemRelease, ItemReleaseBasis } from '../../../shared/exports/secrecyRelease';
import type { ReadableDb } from '../vault/connection';

/**
 * The releases from medical secrecy of one family's items, as the sharing rule reads them (see
 * shared/exports/secrecyRelease): keyed by `${itemType}:${itemId}`. Named organisations keep the
 * order the holder chose; one no longer in the directory still counts, by its id.
 */
export type ReleaseKey = `${'tijdlijn' | 'notulen_medisch'}:${string}`;

export function releaseKey(itemType: 'tijdlijn' | 'notulen_medisch', itemId: string): ReleaseKey {
  return `${itemType}:${itemId}`;
}

interface ReleaseRow {
  item_type: 'tijdlijn' | 'notulen_medisch';
  item_id: string;
  basis: ItemReleaseBasis;
  organisation_ids: string | null;
  conflict_of_duties_id: string | null;
  holder_name: string | null;
  holder_organisation_id: string | null;
  holder_organisation_name: string | null;
}

export function readFamilyReleases(db: ReadableDb, familyId: string): Map<ReleaseKey, ItemRelease> {
  const rows = db
    .prepare(
      `SELECT r.item_type, r.item_id, r.basis, r.organisation_ids, r.conflict_of_duties_id,
              p.name AS holder_name, o.id AS holder_organisation_id, o.name AS holder_organisation_name
       FROM secrecy_releases r LEFT JOIN professionals p ON p.id = r.holder_professional_id LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE r.family_id = ?`,
    )
    .all(familyId) as ReleaseRow[];
  const nameOf = db.prepare('SELECT name FROM organisations WHERE id = ?');
  const out = new Map<ReleaseKey, ItemRelease>();
  for (const r of rows) {
    const ids = r.organisation_ids === null ? null : (JSON.parse(r.organisation_ids) as string[]);
    out.set(releaseKey(r.item_type, r.item_id), {
      basis: r.basis,
      organisations: ids === null ? null : ids.map((id) => ({ id, name: (nameOf.get(id) as { name: string } | undefined)?.name ?? 'onbekende organisatie' })),
      holderName: r.holder_name,
      holderOrganisationId: r.holder_organisation_id,
      holderOrganisationName: r.holder_organisation_name,
      conflictOfDutiesId: r.conflict_of_duties_id,
    });
  }
  return out;
}
