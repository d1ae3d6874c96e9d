import { AppError } from '../../../shared/contract/errors';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { KindcheckByOthers } from '../../../shared/domain/records';
import type { OrganisationType } from '../../../shared/domain/vocabulary';
import { kindcheckAnswerProblems, needsKindcheckByOthers, type KindcheckAnswerProblem } from '../../../shared/rules/kindcheckByOthers';
import { readRecord, readRecords, saveRecord } from '../recordStore/recordTable';
import type { WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { requireRow } from './references';
import { involvementTable, kindcheckByOthersTable, memberTable } from './registerTables';

export type KindcheckByOthersAnswer = Omit<KindcheckByOthers, 'id' | 'familyId'>;

const PROBLEM_SENTENCES: Record<KindcheckAnswerProblem, string> = {
  datum_ontbreekt: 'Vul in op welke datum dit is vastgesteld.',
  datum_in_toekomst: 'De datum waarop dit is vastgesteld ligt in de toekomst.',
  wie_ontbreekt: 'Vul in wie dit heeft vastgesteld (naam, en hoe: bijvoorbeeld telefonisch bij de organisatie nagevraagd).',
};

export function listKindchecksByOthers(db: ReadableDb, familyId: string): KindcheckByOthers[] {
  return readRecords(db, kindcheckByOthersTable, 'family_id = ?', [familyId], 'created_at, id');
}

/**
 * Records (or changes) what an adult service involved with a parent knows of the children and
 * whether it did its own Kindcheck. Only for an involvement that asks it (see the shared rule);
 * a "ja" or "nee" needs the day and who established it.
 */
export function answerKindcheckByOthers(ctx: WriteContext, input: KindcheckByOthersAnswer): KindcheckByOthers {
  requireRow(ctx.db, 'involvements', input.involvementId, 'De betrokkenheid');
  const involvement = readRecord(ctx.db, involvementTable, input.involvementId);
  const type = ctx.db.prepare('SELECT type FROM organisations WHERE id = ?').pluck().get(involvement.organisationId) as OrganisationType | undefined;
  const members = readRecords(ctx.db, memberTable, 'family_id = ?', [involvement.familyId], 'id');
  const today = amsterdamDay(ctx.at);
  if (!needsKindcheckByOthers(involvement, type, members, today)) {
    throw new AppError(
      'invalid_request',
      'Voor deze betrokkenheid wordt geen Kindcheck door anderen gevraagd: dat geldt alleen voor een lopende betrokkenheid van een organisatie voor volwassenen (GGZ, verslavingszorg, schuldhulp, woningcorporatie, reclassering) bij een ouder van een gezin met kinderen.',
    );
  }
  const problems = kindcheckAnswerProblems(input, today);
  if (problems.length > 0) throw new AppError('invalid_request', problems.map((p) => PROBLEM_SENTENCES[p]).join(' '));
  const existing = ctx.db.prepare('SELECT id FROM involvement_kindchecks WHERE involvement_id = ?').pluck().get(input.involvementId) as string | undefined;
  return saveRecord(ctx, kindcheckByOthersTable, { ...input, familyId: involvement.familyId, ...(existing ? { id: existing } : {}) });
}
