import type { PrintSubject } from '../../../shared/contract/accessChannels';
import type { Operator } from '../../../shared/contract/schemas';
import { appendAudit } from '../audit/auditChain';
import { AppError } from '../../../shared/contract/errors';
import type { WritableDb } from '../vault/connection';

const SUBJECT_WORDS: Record<PrintSubject, string> = {
  risicotaxatie: 'Risicotaxatie',
  herbeoordeling: 'Vergelijking van risicotaxaties',
  tijdlijn: 'Tijdlijn',
  dossier: 'Dossier',
};

/**
 * Records that the user printed part of a family's dossier. Core cannot see a print happen (it is
 * the renderer's window that prints), so the renderer reports it; every report is logged, without
 * deduplication, because each print is a copy of the data leaving the vault on paper.
 */
export function recordPrint(db: WritableDb, operator: Operator, familyId: string, what: PrintSubject, at: Date): { seq: number } {
  return db
    .transaction(() => {
      const known = db.prepare('SELECT 1 FROM families WHERE id = ?').get(familyId);
      if (known === undefined) throw new AppError('not_found');
      const row = appendAudit(db, operator, { action: 'print', entity: 'family', entityId: familyId, familyId, summary: `${SUBJECT_WORDS[what]} afgedrukt` }, at);
      return { seq: row.seq };
    })
    .immediate();
}
