import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import type { Meeting } from '../../../shared/domain/records';
import { readRecord } from '../recordStore/recordTable';
import { meetingTable } from '../register/registerTables';
import { reindexFamily } from '../recordStore/searchIndex';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import { getMeetingModeState, readMeetingModeRow } from './meetingModeState';

/**
 * Start, end and follow-up of a meeting run in meeting mode. Each write is one transaction with
 * its audit entry. Starting requires the confidentiality statement: the operator who confirmed it
 * is recorded by label, so the summaries and the log can say who opened the meeting under it.
 */
export function startMeeting(ctx: WriteContext, meetingId: string, confidentialityConfirmed: boolean): MeetingModeState {
  if (!confidentialityConfirmed) throw new AppError('confidentiality_required');
  const row = readMeetingModeRow(ctx.db, meetingId);
  if (row.started_at !== null && row.ended_at === null) return getMeetingModeState(ctx.db, meetingId);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    // Restarting an ended meeting (a correction afterwards) keeps the original start.
    ctx.db
      .prepare(
        `UPDATE meetings SET started_at = coalesce(started_at, @when), ended_at = NULL, confidentiality_confirmed_at = @when,
           confidentiality_confirmed_by = @by, updated_at = @when, updated_by = @by WHERE id = @id`,
      )
      .run({ when, by, id: meetingId });
    audit(ctx, {
      action: 'meeting.start',
      entity: 'meeting',
      entityId: meetingId,
      familyId: null,
      summary: 'Overleg gestart; geheimhoudingsverklaring bevestigd',
    });
  });
  return getMeetingModeState(ctx.db, meetingId);
}

export function endMeeting(ctx: WriteContext, meetingId: string): MeetingModeState {
  const row = readMeetingModeRow(ctx.db, meetingId);
  if (row.started_at === null) throw new AppError('meeting_not_started');
  if (row.ended_at !== null) return getMeetingModeState(ctx.db, meetingId);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    ctx.db.prepare('UPDATE meetings SET ended_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(when, when, by, meetingId);
    audit(ctx, { action: 'meeting.end', entity: 'meeting', entityId: meetingId, familyId: null, summary: 'Overleg beëindigd' });
  });
  return getMeetingModeState(ctx.db, meetingId);
}

/**
 * The follow-up meeting: same type, place, school and chair; every participant invited again;
 * on the agenda the cases of this meeting whose family is not closed (case_closures 'gesloten'),
 * with the same children and anonymity, in the same order.
 */
export function planFollowUp(ctx: WriteContext, meetingId: string, startsAt: string): Meeting {
  const source = readRecord(ctx.db, meetingTable, meetingId);
  if (Number.isNaN(Date.parse(startsAt))) throw new AppError('invalid_request', 'Geef een geldige datum en tijd voor het vervolgoverleg.');
  const id = randomUUID();
  const familyIds: string[] = [];
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT INTO meetings (id, type, title, starts_at, location, school_id, chair_id, confidentiality, follow_up_of,
           created_at, updated_at, created_by, updated_by)
         VALUES (@id, @type, @title, @startsAt, @location, @schoolId, @chairId, @confidentiality, @followUpOf, @when, @when, @by, @by)`,
      )
      .run({
        id,
        type: source.type,
        title: source.title,
        startsAt: new Date(startsAt).toISOString(),
        location: source.location,
        schoolId: source.schoolId,
        chairId: source.chairId,
        confidentiality: source.confidentiality,
        followUpOf: meetingId,
        when,
        by,
      });
    ctx.db
      .prepare(
        `INSERT INTO meeting_participants (meeting_id, professional_id, attendance)
         SELECT ?, professional_id, 'uitgenodigd' FROM meeting_participants WHERE meeting_id = ? ORDER BY rowid`,
      )
      .run(id, meetingId);
    const open = ctx.db
      .prepare(
        `SELECT a.family_id, a.member_ids, a.anonymous FROM agenda_items a
         WHERE a.meeting_id = ?
           AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = a.family_id AND c.status = 'gesloten')
         ORDER BY a.position, a.rowid`,
      )
      .all(meetingId) as { family_id: string; member_ids: string; anonymous: number }[];
    const insert = ctx.db.prepare('INSERT INTO agenda_items (id, meeting_id, family_id, member_ids, anonymous, position) VALUES (?, ?, ?, ?, ?, ?)');
    open.forEach((a, position) => {
      insert.run(randomUUID(), id, a.family_id, a.member_ids, a.anonymous, position);
      familyIds.push(a.family_id);
    });
    audit(ctx, {
      action: 'meeting.follow_up',
      entity: 'meeting',
      entityId: id,
      familyId: null,
      summary: `Vervolgoverleg gepland (${open.length} ${open.length === 1 ? 'casus' : 'casussen'})`,
    });
    for (const f of familyIds) reindexFamily(ctx.db, f);
  });
  return readRecord(ctx.db, meetingTable, id);
}
