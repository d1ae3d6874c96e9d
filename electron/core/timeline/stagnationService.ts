import { AppError } from '../../../shared/contract/errors';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { handlingRefusal, missingAlternative, type StagnationHandling, type StagnationHandlingInput } from '../../../shared/timeline/stagnationHandling';
import { operatorLabel } from '../recordStore/operatorLabel';
import { readRecords, saveRecord } from '../recordStore/recordTable';
import type { WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { scopeWhere, type FamilyScope } from './timelineDerivation';
import { stagnationHandlingTable } from './timelineTables';

/**
 * Handling a reported stagnation: refused until the alternative that was considered is recorded
 * (who, what, when). Once handled, the stagnation no longer counts as a signal on the dossier or in
 * Opvolging; undo takes the handling back and the signal returns.
 */
export function listStagnationHandlings(db: ReadableDb, familyId: string): StagnationHandling[] {
  return readRecords(db, stagnationHandlingTable, 'family_id = ?', [familyId], 'handled_on, id');
}

/** The day each handled stagnation was handled, by its event id: one family's, or every family's (null). */
export function handledStagnations(db: ReadableDb, familyId: FamilyScope): Map<string, string> {
  const scope = scopeWhere('family_id', familyId);
  const rows = db.prepare(`SELECT event_id, handled_on FROM stagnation_handlings WHERE ${scope.sql}`).raw().all(...scope.params) as [string, string][];
  return new Map(rows);
}

export function handleStagnation(ctx: WriteContext, input: StagnationHandlingInput): StagnationHandling {
  const { db } = ctx;
  const event = db.prepare('SELECT family_id, type FROM timeline_events WHERE id = ?').get(input.eventId) as { family_id: string; type: string } | undefined;
  if (event === undefined) throw new AppError('not_found');
  if (event.type !== 'stagnatie') throw new AppError('invalid_request', 'Alleen een gemelde stagnatie kan worden afgehandeld.');
  if (db.prepare('SELECT 1 FROM stagnation_handlings WHERE event_id = ?').get(input.eventId) !== undefined) {
    throw new AppError('invalid_request', 'Deze stagnatie is al afgehandeld.');
  }
  const refusal = handlingRefusal(missingAlternative(input));
  if (refusal !== null) throw new AppError('invalid_request', refusal);
  return saveRecord(ctx, stagnationHandlingTable, {
    familyId: event.family_id,
    eventId: input.eventId,
    who: input.who,
    what: input.what,
    when: input.when,
    handledOn: formatCalendarDay(calendarDayOf(ctx.at)),
    recordedBy: operatorLabel(ctx.operator),
  });
}
