import { AppError } from '../../../shared/contract/errors';
import type { meetingModeChannels } from '../../../shared/contract/meetingModeChannels';
import type { VaultSession } from '../session/VaultSession';
import type { UndoLog } from '../register/undoLog';
import type { HandlerTable } from './handlerTable';

type MeetingModeHandlers = Pick<HandlerTable, keyof typeof meetingModeChannels>;

// LEAD: H1 replaces this file with the real implementation (electron/core/meetingMode/).
export function createMeetingModeHandlers(session: VaultSession, now: () => Date, undo: UndoLog): MeetingModeHandlers {
  void now;
  void undo;
  const notYet = (): never => {
    session.requireOperator();
    throw new AppError('invalid_request');
  };
  return {
    'meetingMode:get': notYet,
    'meetingMode:start': notYet,
    'meetingMode:setAttendance': notYet,
    'meetingMode:saveCase': notYet,
    'meetingMode:releaseMedical': notYet,
    'meetingMode:releaseTimelineEvent': notYet,
    'meetingMode:end': notYet,
    'meetingMode:planFollowUp': notYet,
  };
}
