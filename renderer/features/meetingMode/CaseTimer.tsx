import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingCase } from '../../../shared/contract/meetingModeChannels';
import { useMeetingMode } from '../../state/meetingModeStore';
import { caseSeconds, formatClock, isOverTime, usedPercent } from '../../state/caseTimer';
import { toggleTimer } from './meetingModeActions';
import { MEETING_KEYS } from './meetingKeys';

/** The clock of the case in focus: elapsed of planned, a bar, "over tijd" in words, start/pause. */
export function CaseTimer({ meetingCase }: { meetingCase: MeetingCase }) {
  const { t } = useTranslation();
  const timer = useMeetingMode((s) => s.timer);
  const nowMs = useMeetingMode((s) => s.nowMs);
  const ended = useMeetingMode((s) => s.mode?.endedAt != null);
  const bar = useRef<HTMLSpanElement>(null);
  const running = timer?.familyId === meetingCase.familyId;
  const seconds = caseSeconds(meetingCase.familyId, meetingCase.elapsedSeconds, timer, nowMs);
  const over = isOverTime(seconds, meetingCase.plannedMinutes);
  const percent = usedPercent(seconds, meetingCase.plannedMinutes);

  // Width via the CSSOM: the CSP forbids style attributes, not style properties.
  useLayoutEffect(() => {
    if (bar.current) bar.current.style.width = `${percent}%`;
  }, [percent]);

  return (
    <div className={`mm-timer${over ? ' mm-timer--over' : ''}`}>
      <p className="mm-timer__clock">
        <span className="mm-timer__elapsed">{formatClock(seconds)}</span>{' '}
        <span className="mm-timer__planned">{t('meetingMode.timer.planned', { planned: formatClock(meetingCase.plannedMinutes * 60) })}</span>
      </p>
      <span className="mm-timer__track" aria-hidden="true">
        <span ref={bar} className="mm-timer__bar" />
      </span>
      {over ? (
        <p className="mm-timer__over">
          {t('meetingMode.timer.over', { over: formatClock(seconds - meetingCase.plannedMinutes * 60) })}
        </p>
      ) : null}
      {ended && !running ? null : (
        <button type="button" className={`button${running ? '' : ' button--primary'}`} onClick={() => void toggleTimer()} aria-keyshortcuts={MEETING_KEYS.timer}>
          {running ? t('meetingMode.timer.pause') : t('meetingMode.timer.start')}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {running ? t('meetingMode.timer.runningStatus') : t('meetingMode.timer.pausedStatus')}
      </p>
    </div>
  );
}
