import type { Involvement } from '../../../shared/domain/records';
import { removeRecord, saveRecord } from '../recordStore/recordTable';
import { requireRow } from './references';
import { involvementTable } from './registerTables';
import type { WriteContext } from '../recordStore/writeContext';

/** An entry in the who-is-involved register: who, from which organisation, with whom, on what basis. */
export function saveInvolvement(ctx: WriteContext, input: Omit<Involvement, 'id'> & { id?: string | undefined }): Involvement {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  requireRow(ctx.db, 'organisations', input.organisationId, 'De organisatie');
  if (input.memberId !== null) requireRow(ctx.db, 'family_members', input.memberId, 'Het gezinslid', 'family_id = ?', [input.familyId]);
  if (input.professionalId !== null) {
    requireRow(ctx.db, 'professionals', input.professionalId, 'De professional', 'organisation_id = ?', [input.organisationId]);
  }
  return saveRecord(ctx, involvementTable, input);
}

export function removeInvolvement(ctx: WriteContext, id: string): boolean {
  return removeRecord(ctx, involvementTable, id, [{ table: 'involvement_kindchecks', where: 'involvement_id = ?' }]);
}
