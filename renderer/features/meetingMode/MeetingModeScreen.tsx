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
import { BeamerView, closeProjector } from './BeamerView';
import { focusAgenda, focusPart } from './casePartFocus';
import { CaseFocus } from './CaseFocus';
import { EndSection, WrapUp } from './EndSection';
import { ExportLogSection } from '../exportLog/ExportLogSection';
import { focusCase, loadMeetingMode, pauseTimer, tick, toggleTimer } from './meetingModeActions';
import { CASE_PARTS, meetingCommandFor, MEETING_KEYS } from './meetingKeys';
import { ProjectorToggle } from './ProjectorToggle';
import { StartPanel } from './StartPanel';
import './meetingMode.css';

/**
 * Vergadermodus: the chair runs the meeting from here. It fills the shell's main area and lays out
 * its own panes, each scrolling by itself, so the page never does: on the left the agenda with a
 * clock per case, attendance and the end of the meeting; on the right the case in focus with its
 * parts. Before the start the right pane holds the confidentiality statement and attendance; after
 * the end, the summaries and the follow-up come below the case. With the projector on, the screen
 * is the projector view (BeamerView) and nothing else.
 * Keyboard: Alt+↓ / Alt+↑ next / previous case, Alt+T start or pause the timer, Alt+1…6 a part of the
 * case, Alt+0 the agenda; Escape closes the projector view.
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
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (projector && event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        closeProjector();
        return;
      }
      if (!started) return;
      const command = meetingCommandFor(event);
      if (!command) return;
      event.preventDefault();
      const { focusIndex } = useMeetingMode.getState();
      if (command === 'timer') void toggleTimer();
      else if (command === 'next' || command === 'previous') void focusCase(focusIndex + (command === 'next' ? 1 : -1));
      else if (command === 'agenda') focusAgenda();
      else focusPart(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [started, projector]);

  const live = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  // The meeting's details list every family on the agenda: no way there while the projector view is on.
  const back = projector ? null : (
    <button type="button" className="link-button mm-head__back" onClick={() => meetingId && openMeeting(meetingId)}>
      {t('meetingMode.back')}
    </button>
  );
  if (!meetingId || !mode) {
    return (
      <div className="screen mm-loading">
        {back}
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('meetingMode.loading')}</p>}
      </div>
    );
  }

  if (projector) {
    return (
      <>
        <BeamerView mode={mode} />
        {live}
      </>
    );
  }

  const { meeting } = mode;
  const title = meeting.title || t(`vocab.meetingType.${meeting.type}`);
  return (
    <div className={`mm${started ? '' : ' mm--before-start'}`}>
      <div className="mm-head">
        <div className="mm-head__title">
          <ScreenHeading>
            <span dir="auto">{t('meetingMode.title', { title })}</span>
          </ScreenHeading>
          <p className="mm-head__status">
            {formatMeetingMoment(meeting.startsAt, i18n.language)}
            {' · '}
            {mode.endedAt
              ? t('meetingMode.status.ended', { time: formatTime(mode.endedAt, i18n.language) })
              : mode.startedAt
                ? t('meetingMode.status.running', { time: formatTime(mode.startedAt, i18n.language) })
                : t('meetingMode.status.notStarted')}
          </p>
        </div>
        <div className="mm-head__tools">
          {started ? <ProjectorToggle /> : null}
          <SaveStatusBar />
        </div>
      </div>
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      {live}

      {!started ? (
        <div className="mm-pane mm-pane--single">
          {back}
          <StartPanel mode={mode} />
          <AttendancePanel mode={mode} />
          <ExportLogSection meetingId={meeting.id} familyId={null} titleId="mm-export-log" />
        </div>
      ) : (
        <>
          <div className="mm-side">
            {back}
            <AgendaPanel mode={mode} />
            <AttendancePanel mode={mode} compact />
            <EndSection mode={mode} />
            <KeyList />
          </div>
          <div className="mm-pane">
            <CaseFocus mode={mode} />
            <WrapUp mode={mode} />
            <ExportLogSection meetingId={meeting.id} familyId={null} titleId="mm-export-log" />
          </div>
        </>
      )}
    </div>
  );
}

/** The shortcuts, in the agenda pane where the chair looks for them. */
function KeyList() {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ['Alt+↓', t('meetingMode.keyList.next')],
    ['Alt+↑', t('meetingMode.keyList.previous')],
    ['Alt+T', t('meetingMode.keyList.timer')],
    [`Alt+1…${CASE_PARTS.length}`, t('meetingMode.keyList.parts')],
    [MEETING_KEYS.agenda, t('meetingMode.keyList.agenda')],
  ];
  return (
    <section className="mm-side__part mm-keys" aria-labelledby="mm-keys-title">
      <h2 id="mm-keys-title">{t('meetingMode.keysTitle')}</h2>
      <dl className="mm-keys__list">
        {rows.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
