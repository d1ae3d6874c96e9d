import { AppError } from '../../../shared/contract/errors';
import type { CaseStatus, MeetingCase, MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import type { Attendance } from '../../../shared/domain/vocabulary';
import { restoreValues, takeSnapshot } from '../recordStore/rowSnapshot';
import { requireSafetyAgreements } from '../safetyAgreements/safetyAgreementService';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import { getMeetingModeState, readCase } from './meetingModeState';

export interface CaseChange {
  meetingId: string;
  familyId: string;
  plannedMinutes?: number | undefined;
  elapsedSeconds?: number | undefined;
  status?: CaseStatus | undefined;
  minutes?: string | undefined;
  medicalMinutes?: string | undefined;
}

const FIELDS = [
  ['plannedMinutes', 'planned_minutes'],
  ['elapsedSeconds', 'elapsed_seconds'],
  ['status', 'status'],
  ['minutes', 'minutes'],
  ['medicalMinutes', 'medical_minutes'],
] as const;

/**
 * Autosave of one case: writes only the fields given (upsert of its meeting_cases row). The audit
 * entry names the fields, never their content (minutes are the most sensitive text in the vault).
 * Nothing is written (and nothing audited) when no field actually changed. The timer is saved
 * like any other field, so the renderer saves it when a case is paused or left, not every second.
 */
export function saveCase(ctx: WriteContext, change: CaseChange): MeetingCase {
  const current = readCase(ctx.db, change.meetingId, change.familyId);
  const changed = FIELDS.filter(([prop]) => change[prop] !== undefined && change[prop] !== current[prop]);
  if (changed.length === 0) return current;
  // At acuut what keeps each child safe now is agreed before the case counts as discussed.
  if (change.status === 'besproken' && current.status !== 'besproken') requireSafetyAgreements(ctx.db, change.familyId);
  const key = 'meeting_id = ? AND family_id = ?';
  const before = takeSnapshot(ctx.db, 'meeting_cases', ['meeting_id', 'family_id'], key, [change.meetingId, change.familyId]);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    const next = {
      meeting_id: change.meetingId,
      family_id: change.familyId,
      planned_minutes: change.plannedMinutes ?? current.plannedMinutes,
      elapsed_seconds: change.elapsedSeconds ?? current.elapsedSeconds,
      status: change.status ?? current.status,
      minutes: change.minutes ?? current.minutes,
      medical_minutes: change.medicalMinutes ?? current.medicalMinutes,
      updated_at: when,
      updated_by: by,
    };
    ctx.db
      .prepare(
        `INSERT INTO meeting_cases (meeting_id, family_id, planned_minutes, elapsed_seconds, status, minutes, medical_minutes, updated_at, updated_by)
         VALUES (@meeting_id, @family_id, @planned_minutes, @elapsed_seconds, @status, @minutes, @medical_minutes, @updated_at, @updated_by)
         ON CONFLICT (meeting_id, family_id) DO UPDATE SET planned_minutes = excluded.planned_minutes, elapsed_seconds = excluded.elapsed_seconds,
           status = excluded.status, minutes = excluded.minutes, medical_minutes = excluded.medical_minutes,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(next);
    audit(ctx, {
      action: 'meeting_case.update',
      entity: 'meeting_case',
      entityId: change.meetingId,
      familyId: change.familyId,
      summary: `Casus in het overleg bijgewerkt (velden: ${changed.map(([prop]) => prop).join(', ')})`,
    });
  });
  // Undo of a typed minute goes back to the previous text (or the defaults when the row is new);
  // the running timer is not something to undo.
  if (changed.some(([prop]) => prop !== 'elapsedSeconds')) ctx.undo.push({
    description: 'Casus in het overleg bijgewerkt',
    familyId: change.familyId,
    revert: (c) => {
      if (before.rows.length === 0) c.db.prepare(`DELETE FROM meeting_cases WHERE ${key}`).run(change.meetingId, change.familyId);
      else restoreValues(c.db, before);
    },
  });
  return readCase(ctx.db, change.meetingId, change.familyId);
}

export function setAttendance(ctx: WriteContext, meetingId: string, professionalId: string, attendance: Attendance): MeetingModeState {
  const row = ctx.db.prepare('SELECT attendance FROM meeting_participants WHERE meeting_id = ? AND professional_id = ?').get(meetingId, professionalId) as
    | { attendance: Attendance }
    | undefined;
  if (row === undefined) throw new AppError('invalid_request', 'Deze deelnemer staat niet op de deelnemerslijst van dit overleg.');
  if (row.attendance !== attendance) {
    inTransaction(ctx, () => {
      ctx.db.prepare('UPDATE meeting_participants SET attendance = ? WHERE meeting_id = ? AND professional_id = ?').run(attendance, meetingId, professionalId);
      audit(ctx, {
        action: 'meeting.attendance',
        entity: 'meeting',
        entityId: meetingId,
        familyId: null,
        summary: `Aanwezigheid bijgewerkt: ${attendance}`,
      });
    });
    const previous = row.attendance;
    ctx.undo.push({
      description: 'Aanwezigheid bijgewerkt',
      familyId: null,
      revert: (c) => {
        c.db.prepare('UPDATE meeting_participants SET attendance = ? WHERE meeting_id = ? AND professional_id = ?').run(previous, meetingId, professionalId);
      },
    });
  }
  return getMeetingModeState(ctx.db, meetingId);
}
