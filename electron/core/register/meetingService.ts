import { randomUUID } from 'node:crypto';
import type { MeetingDetail, MeetingSummary } from '../../../shared/contract/registerChannels';
import type { AgendaItem, Meeting, MeetingParticipant } from '../../../shared/domain/records';
import type { Attendance } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/contract/errors';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { DATE_PROBLEM_TEXT, dateRangeProblem } from '../../../shared/domain/dutchDate';
import type { ReadableDb } from '../vault/connection';
import { fromRow, readRecord, readRecords, saveRecord } from '../recordStore/recordTable';
import { requireRow } from './references';
import { meetingTable } from './registerTables';
import { reinsert, takeSnapshot } from '../recordStore/rowSnapshot';
import { reindexFamily } from '../recordStore/searchIndex';
import { audit, inTransaction, type WriteContext } from '../recordStore/writeContext';

export function listMeetings(db: ReadableDb, from: string | null, to: string | null): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT count(*) FROM meeting_participants p WHERE p.meeting_id = m.id) AS participant_count,
              (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS case_count
       FROM meetings m
       WHERE (@from IS NULL OR m.starts_at >= @from) AND (@to IS NULL OR m.starts_at < @to)
       ORDER BY m.starts_at`,
    )
    .all({ from, to }) as (Record<string, unknown> & { participant_count: number; case_count: number })[];
  return rows.map((r) => ({
    ...fromRow(meetingTable, r),
    participantCount: r.participant_count,
    caseCount: r.case_count,
  }));
}

export function getMeeting(db: ReadableDb, id: string): MeetingDetail {
  const meeting = readRecord(db, meetingTable, id);
  const participants = (
    db.prepare('SELECT meeting_id, professional_id, attendance FROM meeting_participants WHERE meeting_id = ? ORDER BY rowid').all(id) as {
      meeting_id: string;
      professional_id: string;
      attendance: Attendance;
    }[]
  ).map((p): MeetingParticipant => ({ meetingId: p.meeting_id, professionalId: p.professional_id, attendance: p.attendance }));
  const agenda = (
    db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(id) as {
      id: string;
      meeting_id: string;
      family_id: string;
      member_ids: string;
      anonymous: number;
      position: number;
    }[]
  ).map(
    (a): AgendaItem => ({
      id: a.id,
      meetingId: a.meeting_id,
      familyId: a.family_id,
      memberIds: JSON.parse(a.member_ids) as string[],
      anonymous: a.anonymous === 1,
      position: a.position,
    }),
  );
  return { meeting, participants, agenda };
}

/**
 * A meeting more than a month back is a typing error unless it was already held and is recorded
 * afterwards (`afterwards`); checked when the day is set or changed, so an old meeting can still be
 * edited otherwise.
 */
export function saveMeeting(ctx: WriteContext, given: Omit<Meeting, 'id'> & { id?: string | undefined; afterwards?: boolean | undefined }): Meeting {
  const { afterwards = false, ...input } = given;
  if (input.schoolId !== null) requireRow(ctx.db, 'organisations', input.schoolId, 'De school');
  if (input.chairId !== null) requireRow(ctx.db, 'professionals', input.chairId, 'De voorzitter');
  const day = amsterdamDay(new Date(input.startsAt));
  const before = input.id === undefined ? null : amsterdamDay(new Date(readRecord(ctx.db, meetingTable, input.id).startsAt));
  if (day !== before) {
    const problem = dateRangeProblem(day, 'overleg', { today: amsterdamDay(ctx.at), afterwards });
    if (problem !== null) throw new AppError('invalid_request', DATE_PROBLEM_TEXT[problem]);
  }
  return saveRecord(ctx, meetingTable, input);
}

/** Replaces a set of child rows of a meeting as one undoable change. */
function replaceMeetingRows(ctx: WriteContext, meetingId: string, table: string, description: string, write: () => string[]): MeetingDetail {
  readRecord(ctx.db, meetingTable, meetingId);
  const before = takeSnapshot(ctx.db, table, [], 'meeting_id = ?', [meetingId]);
  let affected: string[] = [];
  inTransaction(ctx, () => {
    ctx.db.prepare(`DELETE FROM ${table} WHERE meeting_id = ?`).run(meetingId);
    affected = write();
    audit(ctx, { action: `meeting.${table}`, entity: 'meeting', entityId: meetingId, familyId: null, summary: description });
  });
  ctx.undo.push({
    description,
    familyId: null,
    revert: (c) => {
      c.db.prepare(`DELETE FROM ${table} WHERE meeting_id = ?`).run(meetingId);
      reinsert(c.db, before);
      for (const f of affected) reindexFamily(c.db, f);
    },
  });
  return getMeeting(ctx.db, meetingId);
}

export function setParticipants(ctx: WriteContext, meetingId: string, participants: { professionalId: string; attendance: Attendance }[]): MeetingDetail {
  for (const p of participants) requireRow(ctx.db, 'professionals', p.professionalId, 'De deelnemer');
  const unique = [...new Map(participants.map((p) => [p.professionalId, p])).values()];
  return replaceMeetingRows(ctx, meetingId, 'meeting_participants', `Deelnemers van het overleg bijgewerkt (${unique.length})`, () => {
    const insert = ctx.db.prepare('INSERT INTO meeting_participants (meeting_id, professional_id, attendance) VALUES (?, ?, ?)');
    for (const p of unique) insert.run(meetingId, p.professionalId, p.attendance);
    return [];
  });
}

export function setAgenda(ctx: WriteContext, meetingId: string, items: { familyId: string; memberIds: string[]; anonymous: boolean }[]): MeetingDetail {
  for (const item of items) {
    requireRow(ctx.db, 'families', item.familyId, 'Het gezin');
    for (const m of item.memberIds) requireRow(ctx.db, 'family_members', m, 'Het kind', 'family_id = ?', [item.familyId]);
  }
  return replaceMeetingRows(ctx, meetingId, 'agenda_items', `Agenda van het overleg bijgewerkt (${items.length} casussen)`, () => {
    const insert = ctx.db.prepare('INSERT INTO agenda_items (id, meeting_id, family_id, member_ids, anonymous, position) VALUES (?, ?, ?, ?, ?, ?)');
    items.forEach((item, position) => insert.run(randomUUID(), meetingId, item.familyId, JSON.stringify(item.memberIds), item.anonymous ? 1 : 0, position));
    return items.map((i) => i.familyId);
  });
}

export function meetingsOfFamily(db: ReadableDb, familyId: string): Meeting[] {
  return readRecords(db, meetingTable, 'id IN (SELECT meeting_id FROM agenda_items WHERE family_id = ?)', [familyId], 'starts_at DESC');
}
