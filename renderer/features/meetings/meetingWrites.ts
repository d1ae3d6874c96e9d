import type { Meeting } from '../../../shared/domain/records';
import { api } from '../../api';
import { ApiError } from '../../api/apiError';
import { createWriteQueue } from '../../api/writeQueue';
import { i18n } from '../../i18n';
import { useMeetings } from '../../state/meetingStore';
import { useNavigation } from '../../state/navigationStore';

/** Loads a meeting and the dossiers of the families on its agenda (for children and consent). */
export async function reloadMeeting(meetingId: string): Promise<void> {
  const detail = await api.call('meetings:get', { id: meetingId });
  // Only the meeting on screen: an answer for one the user has already left is dropped.
  if (useNavigation.getState().meetingId !== meetingId) return;
  useMeetings.getState().setDetail(detail);
  const known = useMeetings.getState().agendaFamilies;
  await Promise.all(
    [...new Set(detail.agenda.map((a) => a.familyId))]
      .filter((id) => !(id in known))
      .map(async (familyId) => useMeetings.getState().setAgendaFamily(await api.call('register:dossier', { familyId }))),
  );
}

const queue = createWriteQueue();

/** Meeting writes, one after another, each followed by a reload of the meeting (see writeQueue). */
export function writeMeeting<T>(meetingId: string, work: () => Promise<T>): Promise<T> {
  return queue(work, () =>
    reloadMeeting(meetingId).catch((e: unknown) => useMeetings.getState().setLoadError(e instanceof ApiError ? e.userMessage : i18n.t('errors.internal'))),
  );
}

/** `afterwards`: a new day far back is a meeting already held, recorded after the fact. */
export function patchMeeting(meetingId: string, patch: Partial<Meeting>, afterwards = false): Promise<Meeting> {
  return writeMeeting(meetingId, () => {
    const meeting = useMeetings.getState().detail?.meeting;
    if (!meeting || meeting.id !== meetingId) throw new ApiError('not_found', i18n.t('errors.not_found'));
    return api.call('meetings:save', { ...meeting, ...patch, afterwards });
  });
}
