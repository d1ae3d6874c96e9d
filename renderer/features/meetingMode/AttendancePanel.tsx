import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingModeParticipant, MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import type { Attendance } from '../../../shared/domain/vocabulary';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { setAttendance } from './meetingModeActions';

const CHOICES: readonly Attendance[] = ['aanwezig', 'afwezig', 'afgemeld'];

/**
 * Who is at the table: one radio group per participant, saved as soon as it is chosen. Once the
 * meeting runs it sits in the agenda pane, compact: the count stays in view, the choices fold away.
 */
export function AttendancePanel({ mode, compact = false }: { mode: MeetingModeState; compact?: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; a failed save takes it back and says why.
  const [chosen, setChosen] = useState<Record<string, Attendance>>({});
  const attendanceOf = (p: MeetingModeParticipant) => chosen[p.professionalId] ?? p.attendance;
  const present = mode.participants.filter((p) => attendanceOf(p) === 'aanwezig').length;

  const choose = async (professionalId: string, attendance: Attendance) => {
    setChosen((c) => ({ ...c, [professionalId]: attendance }));
    const failed = await runSave(() => setAttendance(professionalId, attendance));
    setChosen((c) => {
      const { [professionalId]: _done, ...rest } = c;
      return rest;
    });
    setError(failed);
  };

  const list = (
    <div className="mm-attendance__list">
      {mode.participants.map((p) => (
        <fieldset key={p.professionalId} className="mm-attendance__person">
          <legend dir="auto">{t('meetingMode.attendance.person', { name: p.name, organisation: p.organisationName })}</legend>
          <div className="mm-radios">
            {CHOICES.map((choice) => {
              const id = `mm-att-${p.professionalId}-${choice}`;
              return (
                <div className="radio" key={choice}>
                  <input
                    type="radio"
                    id={id}
                    name={`mm-att-${p.professionalId}`}
                    value={choice}
                    checked={attendanceOf(p) === choice}
                    onChange={() => void choose(p.professionalId, choice)}
                  />
                  <label htmlFor={id}>{t(`meetingMode.attendance.choice.${choice}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );

  return (
    <section className={compact ? 'mm-side__part mm-attendance mm-attendance--compact' : 'panel mm-attendance'} aria-labelledby="mm-attendance-title">
      <h2 id="mm-attendance-title">{t('meetingMode.attendance.title')}</h2>
      {mode.participants.length === 0 ? (
        <p>{t('meetingMode.attendance.none')}</p>
      ) : (
        <>
          <p className={compact ? 'mm-attendance__count' : 'muted'}>{t('meetingMode.attendance.count', { present, count: mode.participants.length })}</p>
          {compact ? (
            <details className="mm-fold">
              <summary>{t('meetingMode.attendance.edit')}</summary>
              {list}
            </details>
          ) : (
            list
          )}
        </>
      )}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
