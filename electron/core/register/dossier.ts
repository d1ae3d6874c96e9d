import type { FamilyDossier } from '../../../shared/contract/registerChannels';
import { AppError } from '../../../shared/contract/errors';
import type { ReadableDb } from '../vault/connection';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { familyBasisEndings } from './basisEndingsOfFamily';
import { readDossierGlance } from './dossierGlance';
import { listKindchecksByOthers } from './kindcheckByOthersService';
import { meetingsOfFamily } from './meetingService';
import { readRecords } from '../recordStore/recordTable';
import { conflictOfDutiesTable, consentTable, involvementTable, memberTable } from './registerTables';

/** Everything the dossier tabs show, read in one go (no round trip per tab). */
export function loadDossier(db: ReadableDb, familyId: string, today: string = amsterdamDay(new Date())): FamilyDossier {
  const family = db
    .prepare('SELECT id, display_name, anonymous, note, created_at, updated_at FROM families WHERE id = ?')
    .get(familyId) as { id: string; display_name: string; anonymous: number; note: string; created_at: string; updated_at: string } | undefined;
  if (!family) throw new AppError('not_found');
  return {
    family: {
      id: family.id,
      displayName: family.display_name,
      anonymous: family.anonymous === 1,
      note: family.note,
      createdAt: family.created_at,
      updatedAt: family.updated_at,
    },
    members: readRecords(
      db,
      memberTable,
      'family_id = ?',
      [familyId],
      `CASE role WHEN 'ouder' THEN 0 WHEN 'verzorger' THEN 1 WHEN 'kind' THEN 2 WHEN 'verwacht_kind' THEN 3 ELSE 4 END, birth_date, given_name`,
    ),
    involvements: readRecords(db, involvementTable, 'family_id = ?', [familyId], 'ended_at IS NOT NULL, since'),
    consents: readRecords(db, consentTable, 'family_id = ?', [familyId], 'date, rowid'),
    conflictsOfDuties: readRecords(db, conflictOfDutiesTable, 'family_id = ?', [familyId], 'date, rowid'),
    kindchecksByOthers: listKindchecksByOthers(db, familyId),
    meetings: meetingsOfFamily(db, familyId),
    basisEndings: familyBasisEndings(db, familyId, today),
    glance: readDossierGlance(db, familyId, today),
  };
}
