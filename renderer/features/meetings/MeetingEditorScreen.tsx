import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_TYPES, type MeetingType } from '../../../shared/domain/vocabulary';
import { messageOf } from '../../api/apiError';
import { AutosaveSelect, AutosaveText } from '../../autosave/AutosaveFields';
import { SaveStatusBar } from '../../autosave/SaveStatusBar';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { RequiredTopicsNotice } from '../assessment/RequiredTopicsNotice';
import { ExportLogSection } from '../exportLog/ExportLogSection';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { i18n as appI18n } from '../../i18n';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { isoToLocalParts, localDateTimeToIso, parseClockTime, parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { useMeetings } from '../../state/meetingStore';
import { useNavigation } from '../../state/navigationStore';
import { AgendaEditor } from './AgendaEditor';
import { patchMeeting, reloadMeeting } from './meetingWrites';
import { ParticipantsEditor } from './ParticipantsEditor';
import { todayHere, typedDate } from '../../format/typedDate';

/** One meeting: its facts, who takes part and what is on the agenda; everything saves itself. */
export function MeetingEditorScreen() {
  const { t, i18n } = useTranslation();
  const meetingId = useNavigation((s) => s.meetingId);
  const go = useNavigation((s) => s.go);
  const openMeetingMode = useNavigation((s) => s.openMeetingMode);
  const detail = useMeetings((s) => s.detail);
  const loadError = useMeetings((s) => s.loadError);
  const revision = useSaveStatus((s) => s.revision);
  const directory = useDirectory((s) => s.content);
  const directoryError = useDirectoryLoaded();
  const [afterwards, setAfterwards] = useState(false);

  useEffect(() => {
    if (!meetingId) return;
    if (useMeetings.getState().detail?.meeting.id !== meetingId) useMeetings.getState().setDetail(null);
    useMeetings.setState({ agendaFamilies: {} });
    reloadMeeting(meetingId).catch((e: unknown) => useMeetings.getState().setLoadError(messageOf(e, appI18n.t)));
  }, [meetingId, revision]);

  const back = (
    <p>
      <button type="button" className="link-button" onClick={() => go('meetings')}>
        {t('meetings.back')}
      </button>
    </p>
  );
  if (!meetingId || !detail || detail.meeting.id !== meetingId) {
    return (
      <div className="screen">
        {back}
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('meetings.loading')}</p>}
      </div>
    );
  }

  const { meeting } = detail;
  const parts = isoToLocalParts(meeting.startsAt);
  const organisations = directory?.organisations ?? [];
  const schools = organisations.filter((o) => o.type === 'school' || o.type === 'kinderopvang');
  const professionals = directory?.professionals ?? [];
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const patch = (p: Parameters<typeof patchMeeting>[1]) => patchMeeting(meeting.id, p, afterwards);
  const saveMoment = (day: string | null, time: string) => {
    const clock = parseClockTime(time);
    const iso = day && clock ? localDateTimeToIso(day, clock) : null;
    return patch({ startsAt: iso ?? meeting.startsAt });
  };

  return (
    <div className="screen">
      {back}
      <ScreenHeading>
        <span dir="auto">{meeting.title || t(`vocab.meetingType.${meeting.type}`)}</span>
      </ScreenHeading>
      <p className="lead">{formatMeetingMoment(meeting.startsAt, i18n.language)}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => openMeetingMode(meeting.id)} aria-describedby="meeting-mode-hint">
          {t('meetingMode.open')}
        </button>
      </div>
      <p className="muted" id="meeting-mode-hint">
        {t('meetingMode.openHint')}
      </p>
      <SaveStatusBar />
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      {directoryError ? <ErrorAlert>{directoryError}</ErrorAlert> : null}

      <section className="panel" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts">{t('meetings.factsTitle')}</h2>
        <div className="field-grid">
          <AutosaveSelect
            label={t('meetings.type')}
            value={meeting.type}
            choices={MEETING_TYPES.map((m) => ({ value: m, label: t(`vocab.meetingType.${m}`) }))}
            onSave={(v) => patch({ type: v as MeetingType })}
          />
          <AutosaveText label={t('meetings.titleField')} hint={t('meetings.titleHint')} value={meeting.title} maxLength={200} onSave={(title) => patch({ title })} />
          <AutosaveText
            label={t('meetings.date')}
            hint={t('date.hint')}
            value={toDutchDateInput(parts.day)}
            inputMode="numeric"
            required
            // The day it already has is fine, however far back: only a new day is checked.
            validate={(v) => (parseDutchDate(v) === parts.day ? null : typedDate(v, 'overleg', { today: todayHere(), afterwards }).error)}
            onSave={(v) => saveMoment(parseDutchDate(v), isoToLocalParts(useMeetings.getState().detail?.meeting.startsAt ?? meeting.startsAt).time)}
          />
          <AutosaveText
            label={t('meetings.time')}
            hint={t('meetings.timeHint')}
            value={parts.time}
            inputMode="numeric"
            required
            validate={(v) => (parseClockTime(v) === null ? t('meetings.invalidTime', { value: v.trim() }) : null)}
            onSave={(v) => saveMoment(isoToLocalParts(useMeetings.getState().detail?.meeting.startsAt ?? meeting.startsAt).day, v)}
          />
          <div className="field field--checkbox">
            <div className="checkbox">
              <input id="meeting-afterwards" type="checkbox" checked={afterwards} onChange={(e) => setAfterwards(e.target.checked)} />
              <label htmlFor="meeting-afterwards">{t('date.afterwards')}</label>
            </div>
          </div>
          <AutosaveSelect
            label={t('meetings.school')}
            value={meeting.schoolId ?? ''}
            choices={[{ value: '', label: t('meetings.noSchool') }, ...schools.map((s) => ({ value: s.id, label: s.name }))]}
            onSave={(v) => patch({ schoolId: v === '' ? null : v })}
          />
          <AutosaveText label={t('meetings.location')} value={meeting.location} maxLength={200} onSave={(location) => patch({ location })} />
          <AutosaveSelect
            label={t('meetings.chair')}
            value={meeting.chairId ?? ''}
            choices={[{ value: '', label: t('meetings.noChair') }, ...professionals.map((p) => ({ value: p.id, label: `${p.name} (${orgName(p.organisationId)})` }))]}
            onSave={(v) => patch({ chairId: v === '' ? null : v })}
          />
        </div>
      </section>

      <ParticipantsEditor detail={detail} />
      {detail.agenda.length > 0 ? <RequiredTopicsNotice familyIds={detail.agenda.map((a) => a.familyId)} /> : null}
      <AgendaEditor detail={detail} />

      <section className="panel" aria-labelledby="meeting-confidentiality">
        <h2 id="meeting-confidentiality">{t('meetings.confidentialityTitle')}</h2>
        <AutosaveText
          label={t('meetings.confidentiality')}
          hint={t('meetings.confidentialityHint')}
          value={meeting.confidentiality}
          multiline
          rows={5}
          maxLength={2000}
          onSave={(confidentiality) => patch({ confidentiality })}
        />
      </section>
      <ExportLogSection meetingId={meeting.id} familyId={null} titleId="meeting-export-log" />
    </div>
  );
}
