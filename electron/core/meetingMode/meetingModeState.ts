import { AppError } from '../../../shared/contract/errors';
import type { CaseStatus, MeetingCase, MeetingModeParticipant, MeetingModeState, SecrecyRelease } from '../../../shared/contract/meetingModeChannels';
import type { Attendance, OrganisationFunction, OrganisationType } from '../../../shared/domain/vocabulary';
import { readRecord } from '../recordStore/recordTable';
import { meetingTable } from '../register/registerTables';
import type { ReadableDb } from '../vault/connection';

/**
 * What meeting mode shows: the meeting, its participants (with organisation and type, for the
 * attendance list and the per-recipient summaries) and its cases. A case is an agenda item joined
 * with its meeting_cases row; an agenda item without one reads with the defaults (10 minutes,
 * gepland, no minutes), so editing the agenda never needs to touch meeting mode's data.
 */

/** The id under which a case's JGZ notes are released in secrecy_releases. */
export function medicalMinutesItemId(meetingId: string, familyId: string): string {
  return `${meetingId}:${familyId}`;
}

interface MeetingModeRow {
  started_at: string | null;
  ended_at: string | null;
  confidentiality_confirmed_at: string | null;
  confidentiality_confirmed_by: string;
  follow_up_of: string | null;
}

export function readRelease(db: ReadableDb, itemType: 'tijdlijn' | 'notulen_medisch', itemId: string): SecrecyRelease | null {
  const row = db
    .prepare(
      `SELECT r.reason, r.released_by, r.released_at, r.basis, r.organisation_ids, r.conflict_of_duties_id, r.confirmation, r.meeting_id, r.written_reference,
              p.name AS holder_name, o.name AS holder_organisation
       FROM secrecy_releases r LEFT JOIN professionals p ON p.id = r.holder_professional_id LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE r.item_type = ? AND r.item_id = ?`,
    )
    .get(itemType, itemId) as
    | {
        reason: string;
        released_by: string;
        released_at: string;
        basis: SecrecyRelease['basis'];
        organisation_ids: string | null;
        conflict_of_duties_id: string | null;
        confirmation: SecrecyRelease['confirmation'];
        meeting_id: string | null;
        written_reference: string | null;
        holder_name: string | null;
        holder_organisation: string | null;
      }
    | undefined;
  if (row === undefined) return null;
  const holder = row.holder_name === null ? null : `${row.holder_name} (${row.holder_organisation ?? 'onbekende organisatie'})`;
  const nameOf = db.prepare('SELECT name FROM organisations WHERE id = ?');
  const ids = row.organisation_ids === null ? null : (JSON.parse(row.organisation_ids) as string[]);
  return {
    reason: row.reason,
    releasedBy: row.released_by,
    releasedAt: row.released_at,
    holder,
    basis: row.basis,
    organisations: ids === null ? null : ids.map((id) => ({ id, name: (nameOf.get(id) as { name: string } | undefined)?.name ?? 'onbekende organisatie' })),
    conflictOfDutiesId: row.conflict_of_duties_id,
    confirmation: row.confirmation,
    confirmedAtMeetingId: row.meeting_id,
    writtenReference: row.written_reference,
  };
}

export function readParticipants(db: ReadableDb, meetingId: string): MeetingModeParticipant[] {
  const rows = db
    .prepare(
      `SELECT p.professional_id, p.attendance, pr.name, pr.role, o.id AS organisation_id, o.name AS organisation_name, o.type AS organisation_type, o.function AS organisation_function
       FROM meeting_participants p
       JOIN professionals pr ON pr.id = p.professional_id
       JOIN organisations o ON o.id = pr.organisation_id
       WHERE p.meeting_id = ? ORDER BY p.rowid`,
    )
    .all(meetingId) as {
    professional_id: string;
    attendance: Attendance;
    name: string;
    role: string;
    organisation_id: string;
    organisation_name: string;
    organisation_type: OrganisationType;
    organisation_function: OrganisationFunction;
  }[];
  return rows.map((r) => ({
    professionalId: r.professional_id,
    name: r.name,
    role: r.role,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    organisationType: r.organisation_type,
    organisationFunction: r.organisation_function,
    attendance: r.attendance,
  }));
}

interface CaseRow {
  family_id: string;
  display_name: string;
  member_ids: string;
  anonymous: number;
  position: number;
  planned_minutes: number | null;
  elapsed_seconds: number | null;
  status: CaseStatus | null;
  minutes: string | null;
  medical_minutes: string | null;
  updated_at: string | null;
}

const CASES_SQL = `
  SELECT a.family_id, f.display_name, a.member_ids, a.anonymous, a.position,
         c.planned_minutes, c.elapsed_seconds, c.status, c.minutes, c.medical_minutes, c.updated_at
  FROM agenda_items a
  JOIN families f ON f.id = a.family_id
  LEFT JOIN meeting_cases c ON c.meeting_id = a.meeting_id AND c.family_id = a.family_id
  WHERE a.meeting_id = ?`;

function toCase(db: ReadableDb, meetingId: string, r: CaseRow, ordinal: number): MeetingCase {
  const anonymous = r.anonymous === 1;
  return {
    familyId: r.family_id,
    displayName: anonymous ? null : r.display_name,
    anonymous,
    position: ordinal,
    memberIds: JSON.parse(r.member_ids) as string[],
    plannedMinutes: r.planned_minutes ?? 10,
    elapsedSeconds: r.elapsed_seconds ?? 0,
    status: r.status ?? 'gepland',
    minutes: r.minutes ?? '',
    medicalMinutes: r.medical_minutes ?? '',
    medicalRelease: readRelease(db, 'notulen_medisch', medicalMinutesItemId(meetingId, r.family_id)),
    updatedAt: r.updated_at,
  };
}

export function readCases(db: ReadableDb, meetingId: string): MeetingCase[] {
  const rows = db.prepare(`${CASES_SQL} ORDER BY a.position, a.rowid`).all(meetingId) as CaseRow[];
  return rows.map((r, i) => toCase(db, meetingId, r, i + 1));
}

/** One case of the meeting; not_found when the family is not on this meeting's agenda. */
export function readCase(db: ReadableDb, meetingId: string, familyId: string): MeetingCase {
  const found = readCases(db, meetingId).find((c) => c.familyId === familyId);
  if (found === undefined) throw new AppError('invalid_request', 'Dit gezin staat niet op de agenda van dit overleg.');
  return found;
}

export function readMeetingModeRow(db: ReadableDb, meetingId: string): MeetingModeRow {
  const row = db
    .prepare('SELECT started_at, ended_at, confidentiality_confirmed_at, confidentiality_confirmed_by, follow_up_of FROM meetings WHERE id = ?')
    .get(meetingId) as MeetingModeRow | undefined;
  if (row === undefined) throw new AppError('not_found');
  return row;
}

export function getMeetingModeState(db: ReadableDb, meetingId: string): MeetingModeState {
  const row = readMeetingModeRow(db, meetingId);
  return {
    meeting: readRecord(db, meetingTable, meetingId),
    startedAt: row.started_at,
    endedAt: row.ended_at,
    confidentialityConfirmedAt: row.confidentiality_confirmed_at,
    confidentialityConfirmedBy: row.confidentiality_confirmed_by,
    followUpOf: row.follow_up_of,
    participants: readParticipants(db, meetingId),
    cases: readCases(db, meetingId),
    releasedTimelineEventIds: (
      db
        .prepare(
          `SELECT r.item_id FROM secrecy_releases r
           WHERE r.item_type = 'tijdlijn' AND r.family_id IN (SELECT family_id FROM agenda_items WHERE meeting_id = ?)
           ORDER BY r.released_at, r.item_id`,
        )
        .all(meetingId) as { item_id: string }[]
    ).map((r) => r.item_id),
  };
}
