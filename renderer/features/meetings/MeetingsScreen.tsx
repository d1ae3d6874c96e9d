import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { SelectInput, TextInput } from '../../components/FormFields';
import { MEETING_TYPES, type MeetingType } from '../../../shared/domain/vocabulary';
import { useLoad } from '../../api/useLoad';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { localDateTimeToIso, parseClockTime } from '../../format/dutchDate';
import { useMeetings } from '../../state/meetingStore';
import { useNavigation } from '../../state/navigationStore';
import { MeetingList } from '../../components/MeetingList';
import { listMeetings, saveMeeting } from './meetingActions';
import { todayHere, typedDate } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

/** Overleggen: upcoming and past meetings, and a new one. */
export function MeetingsScreen() {
  const { t } = useTranslation();
  const upcoming = useMeetings((s) => s.upcoming);
  const past = useMeetings((s) => s.past);

  const { error } = useLoad(
    () => {
      const now = new Date().toISOString();
      return Promise.all([listMeetings({ from: now, to: null }), listMeetings({ from: null, to: now })]);
    },
    [],
    { onLoaded: ([next, before]) => useMeetings.getState().setLists(next, [...before].reverse()) },
  );

  return (
    <div className="screen">
      <ScreenHeading>{t('meetings.title')}</ScreenHeading>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <NewMeetingForm />
      <div className="two-columns">
        <section className="panel" aria-labelledby="meetings-upcoming">
          <h2 id="meetings-upcoming">{t('meetings.upcoming')}</h2>
          {upcoming.length === 0 ? <p>{t('meetings.noUpcoming')}</p> : <MeetingList meetings={upcoming} label={t('meetings.upcoming')} />}
        </section>
        <section className="panel panel--quiet" aria-labelledby="meetings-past">
          <h2 id="meetings-past">{t('meetings.past')}</h2>
          {past.length === 0 ? <p>{t('meetings.noPast')}</p> : <MeetingList meetings={past} label={t('meetings.past')} />}
        </section>
      </div>
    </div>
  );
}

function NewMeetingForm() {
  const { t } = useTranslation();
  const openMeeting = useNavigation((s) => s.openMeeting);
  const [type, setType] = useState<MeetingType>('een_twee_drie_tje');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [afterwards, setAfterwards] = useState(false);
  const { busy, error, fieldErrors: errors, rejects, run, onSubmit } = useSubmit();

  const submit = onSubmit(async () => {
    const { day, error: dateError } = typedDate(date, 'overleg', { today: todayHere(), afterwards });
    const clock = parseClockTime(time);
    rejects({
      date: date.trim() === '' ? t('meetings.new.dateRequired') : dateError,
      time: clock !== null ? null : t('meetings.invalidTime', { value: time.trim() }),
    });
    if (day === null || clock === null) return;
    const startsAt = localDateTimeToIso(day, clock);
    if (startsAt === null) return;
    await run(
      () =>
        saveMeeting({
          type,
          title: '',
          startsAt,
          location: '',
          schoolId: null,
          chairId: null,
          confidentiality: t('meetings.defaultConfidentiality'),
          afterwards,
        }),
      (meeting) => openMeeting(meeting.id),
    );
  });

  return (
    <section className="panel panel--add" aria-labelledby="meetings-new">
      <h2 id="meetings-new">{t('meetings.new.title')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field-grid">
          <SelectInput label={t('meetings.type')} value={type} onChange={(v) => setType(v as MeetingType)} choices={MEETING_TYPES.map((m) => ({ value: m, label: t(`vocab.meetingType.${m}`) }))} />
          <DateField label={t('meetings.date')} value={date} onChange={setDate} error={errors.date ?? undefined} />
          <TextInput inputMode="numeric" label={t('meetings.time')} hint={t('meetings.timeHint')} value={time} onChange={setTime} error={errors.time ?? undefined} />
        </div>
        <div className="checkbox">
          <input id="meeting-new-afterwards" type="checkbox" checked={afterwards} onChange={(e) => setAfterwards(e.target.checked)} />
          <label htmlFor="meeting-new-afterwards">{t('date.afterwards')}</label>
        </div>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('meetings.new.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

