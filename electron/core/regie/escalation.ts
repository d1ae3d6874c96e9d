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
export function addEscalation(ctx: WriteContext, input: Omit<EscalationStep, 'id' | 'recordedAt'>): EscalationStep {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  return saveRecord(ctx, escalationTable, { ...input, recordedAt: stamp(ctx).when });
}
