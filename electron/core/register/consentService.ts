import type { Consent } from '../../../shared/domain/records';
import { operatorLabel } from '../recordStore/operatorLabel';
import { saveRecord } from '../recordStore/recordTable';
import { requireRow } from './references';
import { consentTable } from './registerTables';
import type { WriteContext } from '../recordStore/writeContext';

/**
 * Consent is a history, not a switch: giving, refusing and withdrawing each add a record, so it
 * stays visible what was agreed when and by whom. The latest record per person counts.
 */
export function addConsent(ctx: WriteContext, input: Omit<Consent, 'id' | 'recordedBy'>): Consent {
  requireRow(ctx.db, 'family_members', input.personId, 'De persoon', 'family_id = ?', [input.familyId]);
  for (const orgId of input.organisationIds) requireRow(ctx.db, 'organisations', orgId, 'De organisatie');
  return saveRecord(ctx, consentTable, { ...input, recordedBy: operatorLabel(ctx.operator) });
}
