import { createEvent } from 'ics';
import { AppError } from '../../../shared/contract/errors';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { readRecord } from '../recordStore/recordTable';
import { actionTable } from '../regie/regieTables';
import type { ReadableDb } from '../vault/connection';

/**
 * One action as an all-day calendar entry on its due day. A calendar travels through mail servers
 * and shared agendas, so it carries no name and not the action's text (which often names a child or
 * a grandmother): only that something agreed in Casustafel is due that day. The UID comes from the
 * action's id, so importing a corrected file updates the same entry.
 */
export interface ActionCalendarFile {
  fileName: string;
  ics: string;
  familyId: string;
}

export function actionCalendar(db: ReadableDb, actionId: string, now: Date): ActionCalendarFile {
  const action = readRecord(db, actionTable, actionId);
  const due = action.dueDate === null ? null : parseCalendarDay(action.dueDate);
  if (due === null) throw new AppError('invalid_request', 'Deze actie heeft geen uiterste datum; een agenda-afspraak kan alleen op een datum.');
  const { error, value } = createEvent({
    uid: `${action.id}@casustafel`,
    productId: 'casustafel/ics',
    start: [due.year, due.month, due.day],
    duration: { days: 1 },
    title: 'Casustafel: afspraak verloopt vandaag',
    description: 'Vandaag verloopt een afspraak die in Casustafel is vastgelegd. Kijk in Casustafel wat er is afgesproken en wie het doet.',
    classification: 'CONFIDENTIAL',
    busyStatus: 'FREE',
    created: now.getTime(),
  });
  if (error !== null || value === null) throw new AppError('internal');
  return { fileName: `Casustafel afspraak ${action.dueDate}.ics`, ics: value, familyId: action.familyId };
}
