import type { ConflictOfDuties } from '../../../shared/domain/records';
import { operatorLabel } from '../recordStore/operatorLabel';
import { saveRecord } from '../recordStore/recordTable';
import { requireRow } from './references';
import { conflictOfDutiesTable } from './registerTables';
import type { WriteContext } from '../recordStore/writeContext';

/**
 * A decision to share without consent (conflict van plichten) is added, never edited: what was
 * shared on it must stay explainable afterwards, so a later change of mind is a new record.
 */
export function addConflictOfDuties(ctx: WriteContext, input: Omit<ConflictOfDuties, 'id' | 'recordedBy'>): ConflictOfDuties {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  for (const orgId of input.organisationIds) requireRow(ctx.db, 'organisations', orgId, 'De organisatie');
  return saveRecord(ctx, conflictOfDutiesTable, { ...input, organisationIds: [...new Set(input.organisationIds)], recordedBy: operatorLabel(ctx.operator) });
}
