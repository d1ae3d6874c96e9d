import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { Meeting } from '../../../shared/domain/records';
import { missingReasons, openActionsAtMeeting } from '../../../shared/regie/actionFollowUp';
import { OPEN_REASONS, type OpenReason } from '../../../shared/regie/regieRecords';
import { AutosaveSelect } from '../../autosave/AutosaveFields';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { SelectInput } from '../../components/FormFields';
import { ownerLabel } from './OwnerSelect';
import { saveRegieField } from './loadRegie';
import { reviewAction } from './regieActions';

/** The meeting to review at: the family's first meeting from today on, else its latest one. */
export function reviewMeetingOf(meetings: readonly Meeting[], today: string): Meeting | null {
  const upcoming = meetings.filter((m) => m.startsAt.slice(0, 10) >= today).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (upcoming[0]) return upcoming[0];
  return [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0] ?? null;
}

/**
 * "Open acties eerst": at the family's next meeting its open actions from before come up first, and
 * each one still open gets a reason (circumstances changed / not done / waiting on someone).
 */
export function OpenActionsReview({
  familyId,
  overview,
  directory,
  meetings,
}: {
  familyId: string;
  overview: RegieOverview;
  directory: DirectoryContent;
  meetings: readonly Meeting[];
}) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const meeting = meetings.find((m) => m.id === chosen) ?? reviewMeetingOf(meetings, overview.today);

  if (meeting === null) {
    return (
      <section className="panel regie-panel regie-review" aria-labelledby="regie-review-title">
        <h2 id="regie-review-title">{t('regie.review.title')}</h2>
        <p>{t('regie.review.noMeetings')}</p>
      </section>
    );
  }
  const items = openActionsAtMeeting(overview.actions, overview.reviews, meeting);
  const missing = missingReasons(items);

  return (
    <section className="panel regie-panel regie-review" aria-labelledby="regie-review-title">
      <h2 id="regie-review-title">{t('regie.review.title')}</h2>
      <p className="muted">{t('regie.review.intro')}</p>
      <SelectInput
        label={t('regie.review.meeting')}
        value={meeting.id}
        onChange={setChosen}
        choices={meetings.map((m) => ({
          value: m.id,
          label: t('regie.review.meetingChoice', { moment: formatDateTime(m.startsAt, i18n.language), title: m.title || t(`regie.none`) }),
        }))}
      />
      {items.length === 0 ? (
        <p>{t('regie.review.noneOpen')}</p>
      ) : (
        <>
          <p className={missing > 0 ? 'regie-summary regie-summary--missing' : 'regie-summary'}>{t('regie.review.summary', { count: items.length, missing })}</p>
          <ol className="regie-review__list">
            {items.map(({ action, reason }) => (
              <li key={action.id} className="regie-review__item">
                <p>
                  <strong dir="auto">{action.description}</strong> — {ownerLabel(action, directory)}
                  {action.dueDate ? `, ${formatDate(action.dueDate, i18n.language)}` : ''}
                </p>
                <AutosaveSelect
                  label={t('regie.review.reason', { description: action.description })}
                  value={reason ?? ''}
                  choices={[{ value: '', label: t('regie.review.reasonChoose') }, ...OPEN_REASONS.map((r) => ({ value: r, label: t(`regie.review.reasons.${r}`) }))]}
                  onSave={(v) =>
                    saveRegieField(familyId, () =>
                      reviewAction({ actionId: action.id, meetingId: meeting.id, reason: v === '' ? null : (v as OpenReason), note: '' }),
                    )
                  }
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
