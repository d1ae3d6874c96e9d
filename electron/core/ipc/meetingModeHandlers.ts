import type { meetingModeChannels } from '../../../shared/contract/meetingModeChannels';
import { endMeeting, planFollowUp, startMeeting } from '../meetingMode/meetingLifecycle';
import { saveCase, setAttendance } from '../meetingMode/meetingCases';
import { getMeetingModeState } from '../meetingMode/meetingModeState';
import { releaseMedicalMinutes, releaseTimelineEvent } from '../meetingMode/secrecyReleases';
import type { WriteContext, WriteUndoLog } from '../recordStore/writeContext';
import type { VaultSession } from '../session/VaultSession';
import type { HandlerTable } from './handlerTable';

type MeetingModeHandlers = Pick<HandlerTable, keyof typeof meetingModeChannels>;

/** Meeting mode over the open vault of `session`: each write one transaction with its audit entry. */
export function createMeetingModeHandlers(session: VaultSession, now: () => Date, undo: WriteUndoLog): MeetingModeHandlers {
  const write = <T>(work: (ctx: WriteContext) => T): T => session.withWrite((db, operator) => work({ db, operator, at: now(), undo }));
  return {
    'meetingMode:get': ({ meetingId }) => session.withRead((db) => getMeetingModeState(db, meetingId)),
    'meetingMode:start': ({ meetingId, confidentialityConfirmed }) => write((ctx) => startMeeting(ctx, meetingId, confidentialityConfirmed)),
    'meetingMode:setAttendance': ({ meetingId, professionalId, attendance }) => write((ctx) => setAttendance(ctx, meetingId, professionalId, attendance)),
    'meetingMode:saveCase': (change) => write((ctx) => saveCase(ctx, change)),
    'meetingMode:releaseMedical': ({ meetingId, familyId, ...request }) => write((ctx) => releaseMedicalMinutes(ctx, meetingId, familyId, request)),
    'meetingMode:releaseTimelineEvent': ({ eventId, ...request }) => write((ctx) => releaseTimelineEvent(ctx, eventId, request)),
    'meetingMode:end': ({ meetingId }) => write((ctx) => endMeeting(ctx, meetingId)),
    'meetingMode:planFollowUp': ({ meetingId, startsAt }) => write((ctx) => planFollowUp(ctx, meetingId, startsAt)),
  };
}
