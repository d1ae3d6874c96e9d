import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../shared/contract/registerChannels';
import { formatMeetingMoment } from '../format/meetingMoment';
import { useNavigation } from '../state/navigationStore';

/** Meetings as a list of buttons: type, moment, location and how many cases and participants. */
export function MeetingList({ meetings, label }: { meetings: readonly MeetingSummary[]; label: string }) {
  const { t, i18n } = useTranslation();
  const openMeeting = useNavigation((s) => s.openMeeting);
  return (
    <ul className="family-list" aria-label={label}>
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <button type="button" className="family-list__button" onClick={() => openMeeting(meeting.id)}>
            <span className="hit__name" dir="auto">
              {meeting.title || t(`vocab.meetingType.${meeting.type}`)}
            </span>
            <span className="hit__meta">
              <span>{formatMeetingMoment(meeting.startsAt, i18n.language)}</span>
              {meeting.title ? <span>{t(`vocab.meetingType.${meeting.type}`)}</span> : null}
              {meeting.location ? <span dir="auto">{meeting.location}</span> : null}
              <span>
                {t('meetingList.caseCount', { count: meeting.caseCount })} · {t('meetingList.participantCount', { count: meeting.participantCount })}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
