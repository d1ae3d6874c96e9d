import { useTranslation } from 'react-i18next';
import type { MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import { useMeetingMode } from '../../state/meetingModeStore';
import { caseSeconds, formatClock, isOverTime } from '../../state/caseTimer';
import { agendaLabel } from './caseTitle';
import { focusCase } from './meetingModeActions';
import { MEETING_KEYS } from './meetingKeys';

/** The agenda: every case with its status and clock; the case in focus is marked. */
export function AgendaPanel({ mode }: { mode: MeetingModeState }) {
  const { t } = useTranslation();
  const focusIndex = useMeetingMode((s) => s.focusIndex);
  const projector = useMeetingMode((s) => s.projector);
  const timer = useMeetingMode((s) => s.timer);
  const nowMs = useMeetingMode((s) => s.nowMs);
  const total = mode.cases.length;

  const go = (index: number) => {
    void focusCase(index);
  };

  return (
    <section className="panel mm-agenda" aria-labelledby="mm-agenda-title">
      <h2 id="mm-agenda-title">{t('meetingMode.agenda.title')}</h2>
      {total === 0 ? (
        <p>{t('meetingMode.agenda.empty')}</p>
      ) : (
        <ol className="mm-agenda__list">
          {mode.cases.map((c, i) => {
            const seconds = caseSeconds(c.familyId, c.elapsedSeconds, timer, nowMs);
            const over = isOverTime(seconds, c.plannedMinutes);
            const runningHere = timer?.familyId === c.familyId;
            return (
              <li key={c.familyId} className={`mm-agenda__item${i === focusIndex ? ' mm-agenda__item--current' : ''}`}>
                <button type="button" className="mm-agenda__button" aria-current={i === focusIndex ? 'true' : undefined} onClick={() => go(i)}>
                  <span className="mm-agenda__name" dir="auto">
                    {agendaLabel(c, i === focusIndex, projector, t)}
                  </span>
                  <span className="mm-agenda__meta">
                    <span className={`mm-status mm-status--${c.status}`}>{t(`meetingMode.status.case.${c.status}`)}</span>{' '}
                    <span className={over ? 'mm-clock mm-clock--over' : 'mm-clock'}>
                      {t('meetingMode.timer.ofPlanned', { elapsed: formatClock(seconds), planned: formatClock(c.plannedMinutes * 60) })}
                    </span>
                    {over ? <span className="mm-over">{t('meetingMode.timer.overShort')}</span> : null}
                    {runningHere ? <span className="mm-running">{t('meetingMode.timer.runningShort')}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => go(focusIndex - 1)} disabled={focusIndex <= 0} aria-keyshortcuts={MEETING_KEYS.previous}>
          {t('meetingMode.agenda.previous')}
        </button>
        <button type="button" className="button button--small" onClick={() => go(focusIndex + 1)} disabled={focusIndex >= total - 1} aria-keyshortcuts={MEETING_KEYS.next}>
          {t('meetingMode.agenda.next')}
        </button>
      </div>
    </section>
  );
}
