import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import { ErrorAlert } from '../../components/Alert';
import { useMeetingMode } from '../../state/meetingModeStore';
import { caseTitle } from './caseTitle';
import { FollowUpSection } from './FollowUpSection';
import { afterRender, endMeeting } from './meetingModeActions';
import { SummariesSection } from './SummariesSection';

function focusSummaries(): void {
  const heading = document.getElementById('mm-summaries-title');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** After the meeting, at the end of the case pane: the summaries per recipient and the follow-up meeting. */
export function WrapUp({ mode }: { mode: MeetingModeState }) {
  if (mode.endedAt === null) return null;
  return (
    <>
      <SummariesSection meetingId={mode.meeting.id} />
      <FollowUpSection mode={mode} />
    </>
  );
}

/**
 * Overleg afronden, in the agenda pane: first a warning about cases that were not discussed (they
 * stay open and go to the follow-up). Once ended, the per-recipient summaries and the follow-up
 * meeting come in the case pane (WrapUp); here a way there remains.
 */
export function EndSection({ mode }: { mode: MeetingModeState }) {
  const { t } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  const focusIndex = useMeetingMode((s) => s.focusIndex);
  const [asking, setAsking] = useState(false);
  const { busy, error, settle } = useSubmit();

  if (mode.endedAt !== null) {
    return (
      <section className="mm-side__part mm-end" aria-labelledby="mm-end-title">
        <h2 id="mm-end-title">{t('meetingMode.end.title')}</h2>
        <p>{t('meetingMode.end.ended')}</p>
        <button type="button" className="button button--small" onClick={() => focusSummaries()}>
          {t('meetingMode.end.toSummaries')}
        </button>
      </section>
    );
  }

  const open = mode.cases.filter((c) => c.status !== 'besproken');
  const end = () =>
    settle(endMeeting, () => {
      setAsking(false);
      // The summaries appear in the case pane: focus goes to their heading.
      afterRender(focusSummaries);
    });

  return (
    <section className="mm-side__part mm-end" aria-labelledby="mm-end-title">
      <h2 id="mm-end-title">{t('meetingMode.end.title')}</h2>
      {!asking ? (
        <>
          <p className="muted">{t('meetingMode.end.intro')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
              {t('meetingMode.end.start')}
            </button>
          </div>
        </>
      ) : (
        <>
          {open.length > 0 ? (
            <div className="message message--warning" role="alert">
              <p>{t('meetingMode.end.notDiscussed', { count: open.length })}</p>
              <ul>
                {open.map((c) => (
                  <li key={c.familyId} dir="auto">
                    {t('meetingMode.end.notDiscussedItem', {
                      title: caseTitle(c, mode.cases.indexOf(c) === focusIndex, projector, t),
                      status: t(`meetingMode.status.case.${c.status}`),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>{t('meetingMode.end.allDiscussed')}</p>
          )}
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void end()} disabled={busy}>
              {open.length > 0 ? t('meetingMode.end.confirmAnyway') : t('meetingMode.end.confirm')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              {t('meetingMode.end.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
