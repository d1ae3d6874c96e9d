import type { DossierGlance } from '../../../shared/contract/registerChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { isOverdue } from '../../../shared/regie/actionFollowUp';
import { readFamilyConcern } from '../assessment/familyConcern';
import { readActiveRegie } from '../regie/activeRegie';
import { listActions } from '../regie/regieActions';
import type { ReadableDb } from '../vault/connection';

/**
 * The dossier header's facts, from the same readings the summaries and Opvolging use, so the header
 * never tells the chair something a document then contradicts.
 */
export function readDossierGlance(db: ReadableDb, familyId: string, today: string): DossierGlance {
  const day = parseCalendarDay(today);
  const open = listActions(db, familyId).filter((a) => a.status === 'open');
  const regie = readActiveRegie(db, familyId);
  return {
    concern: readFamilyConcern(db, familyId),
    regie: regie === null ? { kind: 'geen' } : regie.kind === 'eigen_regie' ? { kind: 'eigen_regie' } : { kind: 'regisseur', who: regie.who },
    openActions: open.length,
    overdueActions: day === null ? 0 : open.filter((a) => isOverdue(a, day)).length,
  };
}
