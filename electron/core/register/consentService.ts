import { AppError } from '../../../shared/contract/errors';
import type { Consent } from '../../../shared/domain/records';
import { operatorLabel } from '../recordStore/operatorLabel';
import { saveRecord } from '../recordStore/recordTable';
import { requireRow } from './references';
import { consentTable } from './registerTables';
import type { WriteContext } from '../recordStore/writeContext';

/**
 * Consent is a history, not a switch: giving, refusing and withdrawing each add a record, so it
 * stays visible what was agreed when and by whom. The latest record per person counts. A given
 * consent may hold until a day ("geldig tot en met"): after it, it has lapsed and gives no basis.
 */
export function addConsent(ctx: WriteContext, input: Omit<Consent, 'id' | 'recordedBy' | 'validUntil'> & { validUntil?: string | null }): Consent {
  const validUntil = input.validUntil ?? null;
  if (validUntil !== null && input.status !== 'gegeven') {
    throw new AppError('invalid_request', 'Alleen een gegeven toestemming heeft een einddatum; een weigering of intrekking geldt tot er iets anders wordt vastgelegd.');
  }
  if (validUntil !== null && validUntil < input.date) {
    throw new AppError('invalid_request', 'De toestemming kan niet eindigen vóór de dag waarop ze is gegeven. Er is niets vastgelegd.');
  }
  requireRow(ctx.db, 'family_members', input.personId, 'De persoon', 'family_id = ?', [input.familyId]);
  for (const orgId of input.organisationIds) requireRow(ctx.db, 'organisations', orgId, 'De organisatie');
  return saveRecord(ctx, consentTable, { ...input, validUntil, recordedBy: operatorLabel(ctx.operator) });
}
