import type { meetingModeChannels } from '../../../shared/contract/meetingModeChannels';
import { endMeeting, planFollowUp, startMeeting } from '../meetingMode/meetingLifecycle';
import { saveCase, setAttendance } from '../meetingMode/meetingCases';
import { getMeetingModeState } from '../meetingMode/meetingModeState';
import { releaseMedicalMinutes, releaseTimelineEvent } from '../meetingMode/secrecyReleases';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type MeetingModeHandlers = Pick<HandlerTable, keyof typeof meetingModeChannels>;

/** Meeting mode over the open vault of `session`: each write one transaction with its audit entry. */
export function createMeetingModeHandlers(deps: HandlerDeps): MeetingModeHandlers {
  const { read, write } = readWrite(deps);
  return {
    'meetingMode:get': ({ meetingId }) => read((db) => getMeetingModeState(db, meetingId)),
    'meetingMode:start': ({ meetingId, confidentialityConfirmed }) => write((ctx) => startMeeting(ctx, meetingId, confidentialityConfirmed)),
    'meetingMode:setAttendance': ({ meetingId, professionalId, attendance }) => write((ctx) => setAttendance(ctx, meetingId, professionalId, attendance)),
    'meetingMode:saveCase': (change) => write((ctx) => saveCase(ctx, change)),
    'meetingMode:releaseMedical': ({ meetingId, familyId, ...request }) => write((ctx) => releaseMedicalMinutes(ctx, meetingId, familyId, request)),
    'meetingMode:releaseTimelineEvent': ({ eventId, ...request }) => write((ctx) => releaseTimelineEvent(ctx, eventId, request)),
    'meetingMode:end': ({ meetingId }) => write((ctx) => endMeeting(ctx, meetingId)),
    'meetingMode:planFollowUp': ({ meetingId, startsAt }) => write((ctx) => planFollowUp(ctx, meetingId, startsAt)),
  };
}
