import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/contract/registerChannels';
import { ATTENDANCE, type Attendance } from '../../../shared/domain/vocabulary';
import { AutosaveSelect } from '../../autosave/AutosaveFields';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { ShortButton } from '../../components/ShortButton';
import { useDirectory } from '../../state/directoryStore';
import { useMeetings } from '../../state/meetingStore';
import { writeMeeting } from './meetingWrites';
import { setParticipants } from './meetingActions';

/** Who takes part, with attendance. Suggested first: contact persons who join this type of meeting. */
export function ParticipantsEditor({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { meeting, participants } = detail;
  const organisations = directory?.organisations ?? [];
  const professionals = directory?.professionals ?? [];
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const present = new Set(participants.map((p) => p.professionalId));
  const available = professionals.filter((p) => !present.has(p.id));
  const suggested = available.filter((p) => p.meetingTypes.includes(meeting.type));
  const others = available.filter((p) => !p.meetingTypes.includes(meeting.type));

  // The new list is made from the stored one when the write runs, so quick changes never undo each other.
  type Row = { professionalId: string; attendance: Attendance };
  const save = (change: (rows: Row[]) => Row[]) =>
    writeMeeting(meeting.id, () => {
      const stored = useMeetings.getState().detail?.participants ?? [];
      const rows = stored.map((p) => ({ professionalId: p.professionalId, attendance: p.attendance }));
      return setParticipants({ meetingId: meeting.id, participants: change(rows) });
    });

  const add = async () => {
    if (chosen === '') return;
    const message = await runSave(() => save((rows) => [...rows, { professionalId: chosen, attendance: 'uitgenodigd' }]));
    setError(message);
    if (message === null) setChosen('');
  };
  const remove = async (professionalId: string) => setError(await runSave(() => save((rows) => rows.filter((p) => p.professionalId !== professionalId))));

  const label = (id: string) => {
    const p = professionals.find((x) => x.id === id);
    return p ? `${p.name}${p.role ? `, ${p.role}` : ''} (${orgName(p.organisationId)})` : t('meetings.unknownParticipant');
  };

  return (
    <section className="panel" aria-labelledby="meeting-participants">
      <h2 id="meeting-participants">{t('meetings.participantsTitle', { count: participants.length })}</h2>
      {participants.length === 0 ? <p>{t('meetings.noParticipants')}</p> : null}
      <ul className="record-list">
        {participants.map((p) => {
          const person = professionals.find((x) => x.id === p.professionalId);
          return (
            <li key={p.professionalId} className="record-list__item">
              <div className="record-list__who">
                <strong dir="auto">{person?.name ?? t('meetings.unknownParticipant')}</strong>
                <span className="muted" dir="auto">
                  {person ? [person.role, orgName(person.organisationId)].filter(Boolean).join(', ') : ''}
                </span>
              </div>
              <AutosaveSelect
                className="field--compact"
                label={t('meetings.attendanceOf', { name: person?.name ?? '' })}
                value={p.attendance}
                choices={ATTENDANCE.map((a) => ({ value: a, label: t(`vocab.attendance.${a}`) }))}
                onSave={(v) =>
                  save((rows) => rows.map((x) => (x.professionalId === p.professionalId ? { ...x, attendance: v as Attendance } : x)))
                }
              />
              <ShortButton text={t('meetings.removeShort')} forName={person?.name ?? ''} onClick={() => void remove(p.professionalId)} />
            </li>
          );
        })}
      </ul>
      <div className="inline-add">
        <div className="field">
          <label className="field__label" htmlFor="participant-add">
            {t('meetings.addParticipant')}
          </label>
          <p className="field__hint" id="participant-add-hint">
            {t('meetings.addParticipantHint', { type: t(`vocab.meetingType.${meeting.type}`) })}
          </p>
          <select id="participant-add" className="field__input" value={chosen} aria-describedby="participant-add-hint" onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('involvement.add.choose')}</option>
            {suggested.length > 0 ? (
              <optgroup label={t('meetings.suggestedGroup', { type: t(`vocab.meetingType.${meeting.type}`) })}>
                {suggested.map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p.id)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length > 0 ? (
              <optgroup label={t('meetings.othersGroup')}>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {label(p.id)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        <button type="button" className="button" disabled={chosen === ''} onClick={() => void add()}>
          {t('meetings.addParticipantButton')}
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
