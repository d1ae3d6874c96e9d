import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import type { Meeting } from '../../../shared/domain/records';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { isoToLocalParts, localDateTimeToIso, parseClockTime, parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { useMeetingMode } from '../../state/meetingModeStore';
import { exportCalendar, planFollowUp } from './meetingModeActions';
import { unreadableDateText } from '../../format/typedDate';

/** Four weeks on, same time: the usual rhythm, changed in one field when it is not. */
function suggested(startsAt: string): { day: string; time: string } {
  const parts = isoToLocalParts(new Date(new Date(startsAt).getTime() + 28 * 86_400_000).toISOString());
  return { day: toDutchDateInput(parts.day), time: isoToLocalParts(startsAt).time };
}

/** The follow-up meeting: planned here (same type, place and participants), then a calendar file. */
export function FollowUpSection({ mode }: { mode: MeetingModeState }) {
  const { t, i18n } = useTranslation();
  const start = suggested(mode.meeting.startsAt);
  const [day, setDay] = useState(start.day);
  const [time, setTime] = useState(start.time);
  const [errors, setErrors] = useState<{ day: string | null; time: string | null }>({ day: null, time: null });
  const [planned, setPlanned] = useState<Meeting | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run, onSubmit } = useSubmit();

  const plan = onSubmit(async () => {
    const parsedDay = parseDutchDate(day);
    const clock = parseClockTime(time);
    const next = {
      day: parsedDay === null ? unreadableDateText(day.trim()) : null,
      time: clock === null ? t('meetingMode.followUp.invalidTime', { value: time.trim() }) : null,
    };
    setErrors(next);
    const iso = parsedDay && clock ? localDateTimeToIso(parsedDay, clock) : null;
    if (next.day || next.time || iso === null) return;
    await run(() => planFollowUp({ meetingId: mode.meeting.id, startsAt: iso }), setPlanned);
  });

  const saveCalendar = async () => {
    if (!planned || busy) return;
    setSaved(null);
    await run(
      () => exportCalendar({ meetingId: planned.id }),
      (result) => {
        setSaved(result.saved ? t('meetingMode.followUp.saved', { fileName: result.fileName ?? '' }) : t('meetingMode.followUp.notSaved'));
        if (result.saved) useMeetingMode.getState().bumpExports();
      },
    );
  };

  return (
    <section className="panel mm-followup" aria-labelledby="mm-followup-title">
      <h2 id="mm-followup-title">{t('meetingMode.followUp.title')}</h2>
      {planned === null ? (
        <form onSubmit={plan} noValidate>
          <p className="muted">{t('meetingMode.followUp.intro')}</p>
          <div className="field-grid">
            <TextField label={t('meetingMode.followUp.date')} hint={t('meetingMode.followUp.dateHint')} value={day} onChange={(e) => setDay(e.target.value)} error={errors.day} inputMode="numeric" maxLength={10} />
            <TextField label={t('meetingMode.followUp.time')} hint={t('meetingMode.followUp.timeHint')} value={time} onChange={(e) => setTime(e.target.value)} error={errors.time} inputMode="numeric" maxLength={5} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('meetingMode.followUp.plan')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p role="status">{t('meetingMode.followUp.planned', { moment: formatMeetingMoment(planned.startsAt, i18n.language) })}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void saveCalendar()} disabled={busy}>
              {t('meetingMode.followUp.calendar')}
            </button>
          </div>
        </>
      )}
      {saved ? <StatusMessage tone="success">{saved}</StatusMessage> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
