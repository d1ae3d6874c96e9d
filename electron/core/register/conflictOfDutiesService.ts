import { AppError } from '../../../shared/contract/errors';
import type { ConflictOfDuties, EndConflictOfDuties } from '../../../shared/domain/records';
import { operatorLabel } from '../recordStore/operatorLabel';
import { readRecord, saveRecord } from '../recordStore/recordTable';
import { reindexFamily } from '../recordStore/searchIndex';
import { requireRow } from './references';
import { conflictOfDutiesTable } from './registerTables';
import { audit, inTransaction, type WriteContext } from '../recordStore/writeContext';

/**
 * A decision to share without consent (conflict van plichten) is added, never edited: what was
 * shared on it must stay explainable afterwards, so a later change of mind is a new record. It may
 * hold until a day ("geldig tot en met"), and it can be ended: that adds who and why, and keeps it.
 */
export function addConflictOfDuties(
  ctx: WriteContext,
  input: Omit<ConflictOfDuties, 'id' | 'recordedBy' | 'validUntil' | 'endedOn' | 'endedBy' | 'endReason'> & { validUntil?: string | null },
): ConflictOfDuties {
  const validUntil = input.validUntil ?? null;
  if (validUntil !== null && validUntil < input.date) {
    throw new AppError('invalid_request', 'Het besluit kan niet eindigen vóór de dag waarop het is genomen. Er is niets vastgelegd.');
  }
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  for (const orgId of input.organisationIds) requireRow(ctx.db, 'organisations', orgId, 'De organisatie');
  return saveRecord(ctx, conflictOfDutiesTable, {
    ...input,
    validUntil,
    endedOn: null,
    endedBy: '',
    endReason: '',
    organisationIds: [...new Set(input.organisationIds)],
    recordedBy: operatorLabel(ctx.operator),
  });
}

/** Ends a decision from `endedOn` on: from that day it is no basis for sharing. */
export function endConflictOfDuties(ctx: WriteContext, input: EndConflictOfDuties): ConflictOfDuties {
  const ended = inTransaction(ctx, () => {
    const decision = readRecord(ctx.db, conflictOfDutiesTable, input.id);
    if (decision.endedOn !== null) {
      throw new AppError('invalid_request', `Dit besluit is al beëindigd op ${decision.endedOn}. Er is niets gewijzigd.`);
    }
    if (input.endedOn < decision.date) {
      throw new AppError('invalid_request', 'Een besluit kan niet eindigen vóór de dag waarop het is genomen. Er is niets gewijzigd.');
    }
    const endedBy = input.endedBy.trim();
    const endReason = input.endReason.trim();
    ctx.db.prepare('UPDATE conflicts_of_duties SET ended_on = ?, ended_by = ?, end_reason = ? WHERE id = ?').run(input.endedOn, endedBy, endReason, input.id);
    audit(ctx, {
      action: 'conflict_of_duties.end',
      entity: conflictOfDutiesTable.entity,
      entityId: input.id,
      familyId: decision.familyId,
      summary: `Conflict van plichten beëindigd per ${input.endedOn} door ${endedBy}: ${endReason}`,
    });
    reindexFamily(ctx.db, decision.familyId);
    return readRecord(ctx.db, conflictOfDutiesTable, input.id);
  });
  ctx.undo.push({
    description: 'Conflict van plichten beëindigd',
    familyId: ended.familyId,
    revert: (c) => {
      c.db.prepare("UPDATE conflicts_of_duties SET ended_on = NULL, ended_by = '', end_reason = '' WHERE id = ?").run(input.id);
    },
  });
  return ended;
}
