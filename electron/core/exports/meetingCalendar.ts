import { createEvent } from 'ics';
import { AppError } from '../../../shared/contract/errors';
import { MEETING_TYPE_WORDS } from '../../../shared/exports/exportWords';
import { readRecord } from '../recordStore/recordTable';
import { meetingTable } from '../register/registerTables';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { ReadableDb } from '../vault/connection';

/**
 * A calendar file (.ics) for a meeting. It travels through mail servers and shared calendars, so it
 * says only what a colleague's calendar may say: the kind of meeting, when, how long, where. No
 * family name, no case, no participant list.
 *
 * Times are written in UTC (DTSTART…Z): every calendar shows them in its own zone, so a meeting at
 * 10:00 in Amsterdam stays at 10:00 Amsterdam time through summer time and whoever imports it.
 * The UID is derived from the meeting id, so importing a corrected file updates the same entry.
 */
export const DEFAULT_MEETING_MINUTES = 60;

export interface MeetingCalendarFile {
  fileName: string;
  ics: string;
  durationMinutes: number;
}

export function meetingCalendar(db: ReadableDb, meetingId: string, now: Date): MeetingCalendarFile {
  const meeting = readRecord(db, meetingTable, meetingId);
  const planned = db
    .prepare(
      `SELECT count(*) AS cases, coalesce(sum(coalesce(c.planned_minutes, 10)), 0) AS minutes
       FROM agenda_items a LEFT JOIN meeting_cases c ON c.meeting_id = a.meeting_id AND c.family_id = a.family_id
       WHERE a.meeting_id = ?`,
    )
    .get(meetingId) as { cases: number; minutes: number };
  // Planned case minutes only count once someone planned them; an agenda of defaults is the usual hour.
  const explicit = db.prepare('SELECT count(*) AS n FROM meeting_cases WHERE meeting_id = ?').get(meetingId) as { n: number };
  const durationMinutes = explicit.n > 0 && planned.minutes > 0 ? planned.minutes : DEFAULT_MEETING_MINUTES;
  const typeWord = MEETING_TYPE_WORDS[meeting.type];
  const { error, value } = createEvent({
    uid: `${meeting.id}@casustafel`,
    productId: 'casustafel/ics',
    start: Date.parse(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(durationMinutes / 60), minutes: durationMinutes % 60 },
    title: `Casustafel: ${typeWord}`,
    ...(meeting.location ? { location: meeting.location } : {}),
    description: 'Vertrouwelijk casusoverleg. De agenda staat in Casustafel.',
    classification: 'CONFIDENTIAL',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    created: now.getTime(),
  });
  if (error !== null || value === null) throw new AppError('internal');
  return { fileName: `Casustafel ${typeWord} ${amsterdamDay(new Date(meeting.startsAt))}.ics`, ics: value, durationMinutes };
}
