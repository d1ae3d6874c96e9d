import { randomUUID } from 'node:crypto';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { PartnerImportRow } from '../../../shared/directory/partnerImport';
import type { Organisation, Professional } from '../../../shared/domain/records';
import type { MedicalProfession, TriState } from '../../../shared/domain/vocabulary';
import { medicalSecrecyOfType } from '../../../shared/exports/medicalSecrecy';
import type { ReadableDb } from '../vault/connection';
import { readRecords, saveRecord, toRow } from '../recordStore/recordTable';
import { requireRow } from './references';
import { organisationTable, professionalTable } from './registerTables';
import { reindexFamiliesOf } from '../recordStore/searchIndex';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';

export function listDirectory(db: ReadableDb): DirectoryContent {
  return {
    organisations: readRecords(db, organisationTable, '1 = 1', [], 'name COLLATE NOCASE, id'),
    professionals: readRecords(db, professionalTable, '1 = 1', [], 'name COLLATE NOCASE, id'),
  };
}

export type OrganisationInput = Omit<Organisation, 'id' | 'medicalSecrecy' | 'street' | 'postcode'> & {
  id?: string | undefined;
  medicalSecrecy?: TriState | undefined;
  street?: string | undefined;
  postcode?: string | undefined;
};
export type ProfessionalInput = Omit<Professional, 'id' | 'medicalProfession'> & { id?: string | undefined; medicalProfession?: MedicalProfession | null | undefined };

/**
 * A new organisation without an answer about medical secrecy gets what its type says (a hospital
 * 'ja', a school 'nee', a wijkteam 'onbekend' until the sociale kaart is answered); an existing
 * one saved without it keeps its mark.
 */
export function saveOrganisation(ctx: WriteContext, input: OrganisationInput): Organisation {
  const kept = input.id === undefined ? undefined : (ctx.db.prepare('SELECT medical_secrecy FROM organisations WHERE id = ?').get(input.id) as { medical_secrecy: TriState } | undefined)?.medical_secrecy;
  const medicalSecrecy = input.medicalSecrecy ?? kept ?? medicalSecrecyOfType(input.type);
  return saveRecord(ctx, organisationTable, { ...input, street: input.street ?? '', postcode: input.postcode ?? '', medicalSecrecy }, (org) => reindexFamiliesOf(ctx.db, { organisationId: org.id }));
}

export function saveProfessional(ctx: WriteContext, input: ProfessionalInput): Professional {
  requireRow(ctx.db, 'organisations', input.organisationId, 'De organisatie');
  const kept = input.id === undefined ? undefined : (ctx.db.prepare('SELECT medical_profession FROM professionals WHERE id = ?').get(input.id) as { medical_profession: MedicalProfession | null } | undefined)?.medical_profession;
  const medicalProfession = input.medicalProfession === undefined ? (kept ?? null) : input.medicalProfession;
  return saveRecord(ctx, professionalTable, { ...input, medicalProfession }, (p) => reindexFamiliesOf(ctx.db, { professionalId: p.id }));
}

/**
 * Imports confirmed preview rows in one transaction: an organisation already in the directory (same
 * name and type, case-insensitive) is reused, so importing the same sheet twice adds nothing twice.
 */
export function importPartners(ctx: WriteContext, rows: PartnerImportRow[]): { organisationsCreated: number; professionalsCreated: number } {
  return inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    let organisationsCreated = 0;
    let professionalsCreated = 0;
    const insert = (table: string, row: Record<string, unknown>) => {
      const full = { ...row, created_at: when, updated_at: when, created_by: by, updated_by: by };
      const cols = Object.keys(full);
      ctx.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(full);
    };
    for (const r of rows) {
      const existing = ctx.db
        .prepare('SELECT id FROM organisations WHERE lower(name) = lower(?) AND type = ?')
        .get(r.organisatie, r.type) as { id: string } | undefined;
      let organisationId = existing?.id;
      if (!organisationId) {
        organisationId = randomUUID();
        const org: Organisation = { id: organisationId, name: r.organisatie, type: r.type, function: r.functie, street: '', postcode: '', place: r.plaats, phone: r.telefoon, email: r.email, medicalSecrecy: medicalSecrecyOfType(r.type) };
        insert('organisations', toRow(organisationTable, org));
        organisationsCreated++;
      }
      if (r.contactpersoon !== '') {
        const dup = ctx.db.prepare('SELECT 1 FROM professionals WHERE organisation_id = ? AND lower(name) = lower(?)').get(organisationId, r.contactpersoon);
        if (!dup) {
          const pro: Professional = {
            id: randomUUID(),
            organisationId,
            name: r.contactpersoon,
            role: r.rol,
            phone: r.contact_telefoon,
            email: r.contact_email,
            meetingTypes: r.overleggen,
            medicalProfession: null,
          };
          insert('professionals', toRow(professionalTable, pro));
          professionalsCreated++;
        }
      }
    }
    audit(ctx, {
      action: 'directory.import',
      entity: 'directory',
      entityId: null,
      familyId: null,
      summary: `Sociale kaart geïmporteerd: ${organisationsCreated} organisaties, ${professionalsCreated} contactpersonen`,
    });
    return { organisationsCreated, professionalsCreated };
  });
}
