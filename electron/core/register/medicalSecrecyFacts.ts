import type { MedicalProfession, OrganisationType, TriState } from '../../../shared/domain/vocabulary';
import { isUnderMedicalSecrecy, type MedicalAssociation } from '../../../shared/exports/medicalSecrecy';
import type { ReadableDb } from '../vault/connection';

/**
 * Reads the recorded facts behind the one medical-secrecy classification (shared/exports/
 * medicalSecrecy): an organisation's type and mark, a professional's profession. Every place that
 * builds an item for a document or screen asks here, so they never disagree about what is medical.
 */
export function organisationUnderMedicalSecrecy(db: ReadableDb, organisationId: string | null): boolean {
  if (organisationId === null) return false;
  const row = db.prepare('SELECT type, medical_secrecy FROM organisations WHERE id = ?').get(organisationId) as { type: OrganisationType; medical_secrecy: TriState } | undefined;
  return row !== undefined && isUnderMedicalSecrecy({ organisationType: row.type, organisationMark: row.medical_secrecy, professionalProfession: null });
}

/**
 * Whom an item names, when that is a person under medical secrecy: a professional (by their
 * profession or their organisation) or an organisation named without a professional. Returns the
 * organisation that person belongs to, the only recipient that may read the name.
 */
export function medicalAssociationOf(db: ReadableDb, who: { professionalId: string | null; organisationId: string | null }): MedicalAssociation | null {
  if (who.professionalId !== null) {
    const row = db
      .prepare('SELECT p.organisation_id, p.medical_profession, o.type, o.medical_secrecy FROM professionals p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?')
      .get(who.professionalId) as { organisation_id: string; medical_profession: MedicalProfession | null; type: OrganisationType; medical_secrecy: TriState } | undefined;
    if (row !== undefined) {
      const medical = isUnderMedicalSecrecy({ organisationType: row.type, organisationMark: row.medical_secrecy, professionalProfession: row.medical_profession });
      return medical ? { organisationId: row.organisation_id } : null;
    }
  }
  return who.organisationId !== null && organisationUnderMedicalSecrecy(db, who.organisationId) ? { organisationId: who.organisationId } : null;
}
