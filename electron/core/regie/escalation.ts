import { AppError } from '../../../shared/contract/errors';
import type { EscalationStep } from '../../../shared/regie/regieRecords';
import { readRecords, saveRecord } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { escalationTable } from './regieTables';

export function listSteps(db: ReadableDb, familyId: string): EscalationStep[] {
  return readRecords(db, escalationTable, 'family_id = ?', [familyId], 'date, recorded_at');
}

/** A step on the ladder (or a Veilig Thuis advice/report): date, trigger, who decided and why are all required. */
export function addEscalation(ctx: WriteContext, input: Omit<EscalationStep, 'id' | 'recordedAt' | 'anonymous'> & { anonymous?: boolean | undefined }): EscalationStep {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  const anonymous = input.anonymous ?? false;
  if (anonymous && input.step !== 'veilig_thuis_advies') {
    throw new AppError('invalid_request', 'Alleen advies bij Veilig Thuis kan anoniem worden gevraagd; een stap op de ladder of een melding gaat altijd over het gezin zelf.');
  }
  return saveRecord(ctx, escalationTable, { ...input, anonymous, recordedAt: stamp(ctx).when });
}
