import type { CaseStatus, MeetingCase } from '../../../shared/contract/meetingModeChannels';
import type { Attendance } from '../../../shared/domain/vocabulary';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { runSave } from '../../autosave/runSave';
import { reloadDirectory } from '../../state/loadDirectory';
import { i18n } from '../../i18n';
import { useMeetingMode } from '../../state/meetingModeStore';
import { useNavigation } from '../../state/navigationStore';
import { reloadRegie } from '../regie/loadRegie';
import { elapsedSeconds, shouldSaveTick } from '../../state/caseTimer';
import type { ReleaseRequest } from './ReleaseForm';
import { focusHeading } from './caseTitle';
import type { RequestOf } from '../../../shared/contract/channels';

const store = () => useMeetingMode.getState();

/** Reads the meeting (and the sociale kaart for names) and the case in focus. */
export async function loadMeetingMode(meetingId: string): Promise<void> {
  try {
    const [mode] = await Promise.all([api.call('meetingMode:get', { meetingId }), reloadDirectory()]);
    if (useNavigation.getState().meetingId !== meetingId) return;
    store().setMode(meetingId, mode);
    // The case in focus is read (and so access-logged) only once the meeting runs.
    const focused = mode.cases[store().focusIndex];
    if (mode.startedAt !== null && focused && store().focus?.familyId !== focused.familyId) await loadFocus(focused.familyId);
  } catch (error) {
    // Only for the meeting on screen: an answer for one the user has already left is dropped.
    if (useNavigation.getState().meetingId === meetingId) store().setLoadError(messageOf(error, i18n.t));
  }
}

/** Reads what the focused case needs: who is involved, the family's concern (each child's latest assessment), the timeline, regie. */
export async function loadFocus(familyId: string): Promise<void> {
  store().setFocus({ familyId, dossier: null, concern: null, timeline: null, error: null });
  try {
    const [dossier, concern, timeline] = await Promise.all([
      api.call('register:dossier', { familyId }),
      api.call('assessment:concern', { familyId }),
      api.call('timeline:list', { familyId }),
      reloadRegie(familyId),
    ]);
    store().patchFocus(familyId, { dossier, concern, timeline });
  } catch (error) {
    store().patchFocus(familyId, { error: messageOf(error, i18n.t) });
  }
}

/** One autosaved change of a case (minutes, status, planned time…); the answer replaces the case. */
export async function saveCase(familyId: string, patch: { plannedMinutes?: number; status?: CaseStatus; minutes?: string; medicalMinutes?: string; elapsedSeconds?: number }): Promise<MeetingCase> {
  const meetingId = store().meetingId;
  if (!meetingId) throw new Error('geen overleg geopend');
  const saved = await api.call('meetingMode:saveCase', { meetingId, familyId, ...patch });
  if (store().meetingId === meetingId) store().replaceCase(saved);
  return saved;
}

async function saveElapsed(familyId: string, seconds: number): Promise<void> {
  store().markSaved(familyId, seconds);
  await runSave(() => saveCase(familyId, { elapsedSeconds: seconds }));
}

/**
 * Stops the running timer (if any): the screen shows the counted time at once, and the promise
 * settles when core has saved it.
 */
export function pauseTimer(nowMs = Date.now()): Promise<void> {
  const timer = store().timer;
  if (!timer) return Promise.resolve();
  const seconds = elapsedSeconds(timer, nowMs);
  store().setTimer(null);
  store().setNow(nowMs);
  const current = store().mode?.cases.find((c) => c.familyId === timer.familyId);
  if (current) store().replaceCase({ ...current, elapsedSeconds: seconds });
  return saveElapsed(timer.familyId, seconds);
}

export function startTimer(familyId: string, nowMs = Date.now()): void {
  const current = store().mode?.cases.find((c) => c.familyId === familyId);
  if (!current) return;
  store().setTimer({ familyId, startedAtMs: nowMs, baseSeconds: current.elapsedSeconds });
  store().setNow(nowMs);
  store().markSaved(familyId, current.elapsedSeconds);
}

/** Start/pause for the case in focus (one key). */
export async function toggleTimer(): Promise<void> {
  const { mode, focusIndex, timer } = store();
  const focused = mode?.cases[focusIndex];
  if (!focused) return;
  // An ended meeting keeps the times it ended with; the clock can only be paused, never restarted.
  if (mode?.endedAt != null && timer?.familyId !== focused.familyId) return;
  if (timer?.familyId === focused.familyId) {
    await pauseTimer();
    return;
  }
  await pauseTimer();
  startTimer(focused.familyId);
}

/** One tick of the app clock: redraws the clock and saves every TIMER_SAVE_EVERY_SECONDS, never more. */
export function tick(nowMs = Date.now()): void {
  const { timer, savedSeconds } = store();
  store().setNow(nowMs);
  if (!timer) return;
  const seconds = elapsedSeconds(timer, nowMs);
  if (shouldSaveTick(seconds, savedSeconds[timer.familyId] ?? timer.baseSeconds)) void saveElapsed(timer.familyId, seconds);
}

/**
 * Brings another case into focus. A running timer follows the chair: the old case is paused and
 * saved, the new one starts. Keyboard focus goes to the case's heading and the live region says
 * which case is now on screen ("Casus 2 van 3: …").
 */
export async function focusCase(index: number): Promise<void> {
  const { mode, timer, focusIndex } = store();
  if (!mode || index < 0 || index >= mode.cases.length || index === focusIndex) return;
  const next = mode.cases[index];
  if (!next) return;
  const wasRunning = timer !== null;
  const saving = pauseTimer();
  store().setFocusIndex(index);
  focusCaseHeading();
  store().announce(focusHeading(next, index, mode.cases.length, i18n.t));
  if (wasRunning) startTimer(next.familyId);
  await Promise.all([saving, loadFocus(next.familyId)]);
}

/** The heading of the case in focus stays in the page while its content reloads, so focus can land there. */
export function focusCaseHeading(): void {
  document.getElementById('mm-case-title')?.focus();
}

export async function startMeeting(): Promise<string | null> {
  const meetingId = store().meetingId;
  if (!meetingId) return null;
  const failed = await runSave(async () => {
    const mode = await api.call('meetingMode:start', { meetingId, confidentialityConfirmed: true });
    store().setMode(meetingId, mode);
  });
  const mode = store().mode;
  const first = mode?.cases[store().focusIndex];
  if (failed === null && mode && first) {
    // The start panel is gone: focus goes to the first case and the live region names it.
    store().announce(focusHeading(first, store().focusIndex, mode.cases.length, i18n.t));
    afterRender(focusCaseHeading);
    await loadFocus(first.familyId);
  }
  return failed;
}

/** Runs once React has drawn the state just set (the element to focus exists by then). */
export function afterRender(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

export async function setAttendance(professionalId: string, attendance: Attendance): Promise<void> {
  const meetingId = store().meetingId;
  if (!meetingId) return;
  const mode = await api.call('meetingMode:setAttendance', { meetingId, professionalId, attendance });
  store().setMode(meetingId, mode);
}

export async function endMeeting(): Promise<string | null> {
  const meetingId = store().meetingId;
  if (!meetingId) return null;
  await pauseTimer();
  return runSave(async () => {
    const mode = await api.call('meetingMode:end', { meetingId });
    store().setMode(meetingId, mode);
  });
}

export async function releaseMedical(familyId: string, request: ReleaseRequest): Promise<string | null> {
  const meetingId = store().meetingId;
  if (!meetingId) return null;
  return runSave(async () => {
    const saved = await api.call('meetingMode:releaseMedical', { meetingId, familyId, ...request });
    store().replaceCase(saved);
  });
}

export async function releaseTimelineEvent(eventId: string, request: ReleaseRequest): Promise<string | null> {
  return runSave(async () => {
    const released = await api.call('meetingMode:releaseTimelineEvent', { eventId, ...request });
    store().addReleasedEvent(released.eventId);
  });
}


// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const chooseExportFolder = (request: RequestOf<'summary:chooseFolder'>) => api.call('summary:chooseFolder', request);
export const exportCalendar = (request: RequestOf<'summary:exportCalendar'>) => api.call('summary:exportCalendar', request);
export const exportLetter = (request: RequestOf<'summary:exportLetter'>) => api.call('summary:exportLetter', request);
export const exportRecipient = (request: RequestOf<'summary:exportRecipient'>) => api.call('summary:exportRecipient', request);
export const letterPreview = (request: RequestOf<'summary:letterPreview'>) => api.call('summary:letterPreview', request);
export const markLetterSent = (request: RequestOf<'summary:markLetterSent'>) => api.call('summary:markLetterSent', request);
export const planFollowUp = (request: RequestOf<'meetingMode:planFollowUp'>) => api.call('meetingMode:planFollowUp', request);
export const fetchSummaryPreview = (request: RequestOf<'summary:preview'>) => api.call('summary:preview', request);
