import { AppError } from '../../../shared/contract/errors';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { basisEndings, type BasisEndings } from '../../../shared/rules/basisEndings';
import type { ReadableDb } from '../vault/connection';
import { readRecords } from '../recordStore/recordTable';
import { conflictOfDutiesTable, consentTable, memberTable } from './registerTables';

/**
 * The consents and conflict van plichten decisions of a family that give a basis on `today` and end
 * before `meetingDay`; without one, before the next meeting after today that has the family on its
 * agenda (on a meeting's own day the chair wants to know about the one after it; or,
 * with none planned, within four weeks).
 */
export function familyBasisEndings(db: ReadableDb, familyId: string, today: string, meetingDay?: string): BasisEndings {
  const members = readRecords(db, memberTable, 'family_id = ?', [familyId], 'id');
  const consents = readRecords(db, consentTable, 'family_id = ?', [familyId], 'date, created_at');
  const conflicts = readRecords(db, conflictOfDutiesTable, 'family_id = ?', [familyId], 'date, rowid');
  return basisEndings({ members, consents, conflicts, today, nextMeetingDay: meetingDay ?? nextMeetingDay(db, familyId, today) });
}

function nextMeetingDay(db: ReadableDb, familyId: string, today: string): string | null {
  const rows = db
    .prepare('SELECT starts_at FROM meetings WHERE id IN (SELECT meeting_id FROM agenda_items WHERE family_id = ?) ORDER BY starts_at')
    .all(familyId) as { starts_at: string }[];
  // Meetings are stored as instants; the day is the day in the Netherlands, as everywhere else.
  return rows.map((r) => amsterdamDay(new Date(r.starts_at))).find((day) => day > today) ?? null;
}

/** For each family on a meeting's agenda, in agenda order: what runs out before that meeting. */
export function meetingBasisEndings(db: ReadableDb, meetingId: string, today: string): { familyId: string; endings: BasisEndings }[] {
  const meeting = db.prepare('SELECT starts_at FROM meetings WHERE id = ?').get(meetingId) as { starts_at: string } | undefined;
  if (!meeting) throw new AppError('not_found');
  const day = amsterdamDay(new Date(meeting.starts_at));
  const families = db.prepare('SELECT family_id FROM agenda_items WHERE meeting_id = ? GROUP BY family_id ORDER BY MIN(position)').all(meetingId) as { family_id: string }[];
  return families.map((f) => ({ familyId: f.family_id, endings: familyBasisEndings(db, f.family_id, today, day) }));
}
