import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineContent } from '../../../shared/contract/timelineChannels';
import { compareEvents } from '../../../shared/timeline/timelineEvent';
import { useMeetingMode } from '../../state/meetingModeStore';
import { eventTitle, formatFuzzyDate, namesOf } from '../timeline/timelineLabels';
import { releaseTimelineEvent } from './meetingModeActions';
import { ReleaseForm } from './ReleaseForm';

const SHOWN_AT_FIRST = 8;

/**
 * The family's timeline in a compact form for the meeting: newest first, the same labels as the
 * Tijdlijn tab. In the projector-safe view events under medical secrecy (by organisation, as core
 * classifies it) are left out, released or not, because a release names its recipients and a screen
 * shows everyone (the number left out is said); outside it they carry a mark and can be released
 * toward named organisations.
 */
export function CompactTimeline({ content }: { content: TimelineContent }) {
  const { t, i18n } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  const released = useMeetingMode((s) => s.releasedEventIds);
  const [all, setAll] = useState(false);
  const [releasing, setReleasing] = useState<string | null>(null);
  const names = useMemo(() => namesOf(content, t), [content, t]);
  const medicalOrganisations = useMemo(() => new Set(content.organisations.filter((o) => o.medical).map((o) => o.id)), [content]);
  const medical = (organisationId: string | null) => organisationId !== null && medicalOrganisations.has(organisationId);
  const sorted = useMemo(() => [...content.events].sort(compareEvents).reverse(), [content]);

  const secret = (organisationId: string | null) => medical(organisationId);
  const visible = projector ? sorted.filter((e) => !secret(e.organisationId)) : sorted;
  const hiddenCount = sorted.length - visible.length;
  const shown = all ? visible : visible.slice(0, SHOWN_AT_FIRST);

  return (
    <section className="panel mm-timeline" aria-labelledby="mm-timeline-title">
      <h3 id="mm-timeline-title">{t('meetingMode.timeline.title', { count: visible.length })}</h3>
      {hiddenCount > 0 ? <p className="mm-hidden-note">{t('meetingMode.timeline.hidden', { count: hiddenCount })}</p> : null}
      {visible.length === 0 ? (
        <p>{t('meetingMode.timeline.empty')}</p>
      ) : (
        <ol className="mm-timeline__list">
          {shown.map((e) => {
            const underSecrecy = medical(e.organisationId);
            const isReleased = released.includes(e.id);
            const date = formatFuzzyDate(e.date, t, i18n.language);
            return (
              <li key={e.id} className="mm-timeline__item">
                <span className="mm-timeline__date">{date}</span>{' '}
                <span dir="auto">{eventTitle(e, names, t)}</span>
                {e.summary ? (
                  <span className="mm-timeline__summary" dir="auto">
                    {' — '}
                    {e.summary}
                  </span>
                ) : null}
                {underSecrecy ? (
                  <span className="tag mm-secrecy">{isReleased ? t('meetingMode.timeline.released') : t('meetingMode.timeline.secrecy')}</span>
                ) : null}
                {underSecrecy && !isReleased && !projector && !e.id.includes(':') ? (
                  releasing === e.id ? (
                    <ReleaseForm
                      what={`${date}, ${t(`timeline.types.${e.type}`)}`}
                      holderOrganisation={(o) => o.id === e.organisationId}
                      onRelease={async (request) => {
                        const failed = await releaseTimelineEvent(e.id, request);
                        if (failed === null) setReleasing(null);
                        return failed;
                      }}
                      onCancel={() => setReleasing(null)}
                    />
                  ) : (
                    <button type="button" className="button button--small mm-timeline__release" onClick={() => setReleasing(e.id)}>
                      {t('meetingMode.timeline.release', { what: `${date}, ${t(`timeline.types.${e.type}`)}` })}
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {/* The projector view has no controls: the room sees the newest events. */}
      {visible.length > SHOWN_AT_FIRST && !projector ? (
        <button type="button" className="button button--small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('meetingMode.timeline.fewer') : t('meetingMode.timeline.all', { count: visible.length })}
        </button>
      ) : null}
    </section>
  );
}
