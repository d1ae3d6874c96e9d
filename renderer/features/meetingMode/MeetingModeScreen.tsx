import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusBar } from '../../autosave/SaveStatusBar';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { formatTime } from '../../format/dateTime';
import { useMeetingMode } from '../../state/meetingModeStore';
import { useNavigation } from '../../state/navigationStore';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import { CaseFocus } from './CaseFocus';
import { EndSection } from './EndSection';
import { ExportLogSection } from '../exportLog/ExportLogSection';
import { focusCase, loadMeetingMode, pauseTimer, tick, toggleTimer } from './meetingModeActions';
import { meetingCommandFor } from './meetingKeys';
import { ProjectorToggle } from './ProjectorToggle';
import { StartPanel } from './StartPanel';
import './meetingMode.css';

/**
 * Vergadermodus: the chair runs the meeting from here, often on a projector. Before the
 * start: the confidentiality statement and attendance. Then the agenda with a timer per case and
 * the case in focus; at the end the per-recipient summaries, the follow-up and the export log.
 * Keyboard: Alt+↓ / Alt+↑ next / previous case, Alt+T start or pause the timer.
 */
export function MeetingModeScreen() {
  const { t, i18n } = useTranslation();
  const meetingId = useNavigation((s) => s.meetingId);
  const openMeeting = useNavigation((s) => s.openMeeting);
  const mode = useMeetingMode((s) => (s.meetingId === meetingId ? s.mode : null));
  const loadError = useMeetingMode((s) => s.loadError);
  const running = useMeetingMode((s) => s.timer !== null);
  const projector = useMeetingMode((s) => s.projector);
  const announcement = useMeetingMode((s) => s.announcement);

  useEffect(() => {
    if (meetingId) void loadMeetingMode(meetingId);
  }, [meetingId]);

  // Leaving the screen pauses (and so saves) a running timer.
  useEffect(() => () => void pauseTimer(), []);

  // One tick a second while a timer runs, on the app clock; saves only every 15 s (see tick).
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick(), 1000);
    return () => clearInterval(id);
  }, [running]);

  const started = mode?.startedAt != null;
  useEffect(() => {
    if (!started) return;
    const onKey = (event: KeyboardEvent) => {
      const command = meetingCommandFor(event);
      if (!command) return;
      event.preventDefault();
      const { focusIndex } = useMeetingMode.getState();
      if (command === 'timer') void toggleTimer();
      else void focusCase(focusIndex + (command === 'next' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [started]);

  // The meeting's details list every family on the agenda: no way there while the projector view is on.
  const back = projector ? null : (
    <p>
      <button type="button" className="link-button" onClick={() => meetingId && openMeeting(meetingId)}>
        {t('meetingMode.back')}
      </button>
    </p>
  );
  if (!meetingId || !mode) {
    return (
      <div className="screen">
        {back}
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('meetingMode.loading')}</p>}
      </div>
    );
  }

  const { meeting } = mode;
  const title = meeting.title || t(`vocab.meetingType.${meeting.type}`);
  return (
    <div className={`screen mm${projector ? ' mm--projector' : ''}`}>
      {back}
      <ScreenHeading>
        <span dir="auto">{t('meetingMode.title', { title })}</span>
      </ScreenHeading>
      <p className="lead">
        {formatMeetingMoment(meeting.startsAt, i18n.language)}
        {' · '}
        {mode.endedAt
          ? t('meetingMode.status.ended', { time: formatTime(mode.endedAt, i18n.language) })
          : mode.startedAt
            ? t('meetingMode.status.running', { time: formatTime(mode.startedAt, i18n.language) })
            : t('meetingMode.status.notStarted')}
      </p>
      <ProjectorToggle />
      <SaveStatusBar />
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {mode.startedAt === null ? (
        <>
          <StartPanel mode={mode} />
          <AttendancePanel mode={mode} />
        </>
      ) : (
        <>
          <p className="muted mm-keys">{t('meetingMode.keys')}</p>
          <div className="mm-layout">
            <AgendaPanel mode={mode} />
            <CaseFocus mode={mode} />
          </div>
          <AttendancePanel mode={mode} />
          <EndSection mode={mode} />
        </>
      )}
      {projector ? null : <ExportLogSection meetingId={meeting.id} familyId={null} titleId="mm-export-log" />}
    </div>
  );
}
