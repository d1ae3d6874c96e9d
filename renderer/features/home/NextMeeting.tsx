import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/contract/registerChannels';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { useNavigation } from '../../state/navigationStore';

/** A meeting counts as "now" until this long after its start: a case conference takes an afternoon at most. */
const RUNNING_FOR_MS = 4 * 60 * 60_000;

/** The meeting the chair works towards: the one running now (started in the last hours), else the next. */
export function nextMeeting(meetings: readonly MeetingSummary[], now: Date): MeetingSummary | null {
  return meetings.find((m) => Date.parse(m.startsAt) >= now.getTime() - RUNNING_FOR_MS) ?? null;
}

/** The next meeting with the two ways in: the meeting itself (agenda, invitations) or straight to Vergadermodus. */
export function NextMeeting({ meeting, today }: { meeting: MeetingSummary; today: boolean }) {
  const { t, i18n } = useTranslation();
  const openMeeting = useNavigation((s) => s.openMeeting);
  const openMeetingMode = useNavigation((s) => s.openMeetingMode);
  const name = meeting.title || t(`vocab.meetingType.${meeting.type}`);
  const moment = formatMeetingMoment(meeting.startsAt, i18n.language);
  return (
    <div className="next-meeting">
      <p className="next-meeting__what">
        <strong>{t(today ? 'home.next.today' : 'home.next.later')}</strong> <span dir="auto">{name}</span>, {moment} ·{' '}
        {t('meetingList.caseCount', { count: meeting.caseCount })}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => openMeetingMode(meeting.id)} aria-label={t('home.next.modeFor', { name, moment })}>
          {t('home.next.mode')}
        </button>
        <button type="button" className="button" onClick={() => openMeeting(meeting.id)} aria-label={t('home.next.openFor', { name, moment })}>
          {t('home.next.open')}
        </button>
      </div>
    </div>
  );
}
