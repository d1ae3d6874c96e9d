import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagnationHandling } from '../../../shared/timeline/stagnationHandling';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { StagnationHandlingForm } from './StagnationHandlingForm';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import type { SignalWarning, TimelineSignals } from '../../../shared/timeline/timelineSignals';
import { useLoad } from '../../api/useLoad';
import { formatFuzzyDate, type Names } from './timelineLabels';
import { fetchTimelineSignals } from './timelineActions';

/** One sentence per warning, for the tab and for a dossier header. */
export function WarningText({ warning }: { warning: SignalWarning }) {
  const { t } = useTranslation();
  switch (warning.kind) {
    case 'pingpong':
      return <>{t('timeline.signals.pingpong', { count: warning.episodes })}</>;
    case 'stagnatie':
      return <>{t('timeline.signals.stagnatie', { open: warning.openReferrals, reported: warning.reported })}</>;
    case 'geen_eigenaar':
      return <>{t('timeline.signals.geen_eigenaar', { days: warning.days })}</>;
    case 'wacht_op_hulp':
      return <>{t('timeline.signals.wacht_op_hulp', { days: warning.days })}</>;
    case 'zorgmijding':
      return <>{t('timeline.signals.zorgmijding', { count: warning.count })}</>;
    case 'regiewissels':
      return <>{t('timeline.signals.regiewissels', { count: warning.count })}</>;
    case 'drang_overwegen':
      return <>{t('timeline.signals.drang_overwegen', { days: warning.days })}</>;
  }
}

/** The computed signals on the Tijdlijn tab: warnings with what they are based on, and key figures. */
export function TimelineSignalsPanel({
  familyId,
  signals,
  warnings,
  events,
  handlings,
  names,
}: {
  familyId: string;
  signals: TimelineSignals;
  warnings: readonly SignalWarning[];
  events: readonly TimelineEvent[];
  handlings: readonly StagnationHandling[];
  names: Names;
}) {
  const { t, i18n } = useTranslation();
  const [handling, setHandling] = useState<string | null>(null);
  const byId = new Map(events.map((e) => [e.id, e]));
  const date = (id: string) => {
    const e = byId.get(id);
    return e ? formatFuzzyDate(e.date, t, i18n.language) : '';
  };
  return (
    <section className="panel tl-signals" aria-labelledby="tl-signals-title">
      <h2 id="tl-signals-title">{t('timeline.signals.title')}</h2>
      {warnings.length === 0 ? (
        <p>{t('timeline.signals.none')}</p>
      ) : (
        <ul className="tl-warnings">
          {warnings.map((w) => (
            <li key={w.kind} className={`tl-warning tl-warning--${w.kind}`}>
              <strong>
                <WarningText warning={w} />
              </strong>
              {w.kind === 'pingpong' ? (
                <ul>
                  {signals.pingPong.episodes.map((ep) => (
                    <li key={ep.eventIds.join()}>
                      {ep.kind === 'heen_en_terug'
                        ? t('timeline.signals.pingpongDetail', {
                            from: names.organisation(ep.organisationIds[0] ?? null),
                            to: names.organisation(ep.organisationIds[1] ?? null),
                            fromDate: date(ep.eventIds[0] ?? ''),
                            toDate: date(ep.eventIds[1] ?? ''),
                          })
                        : t('timeline.signals.bouncedDetail', { count: ep.eventIds.length, organisations: ep.organisationIds.map((id) => names.organisation(id)).join(', ') })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {w.kind === 'stagnatie' && signals.stagnation.openReferrals.length > 0 ? (
                <ul>
                  {signals.stagnation.openReferrals.map((r) => (
                    <li key={r.eventId}>{t('timeline.signals.stagnationDetail', { to: names.organisation(byId.get(r.eventId)?.toOrganisationId ?? null), days: r.daysSinceUpdate })}</li>
                  ))}
                </ul>
              ) : null}
              {w.kind === 'stagnatie' && signals.stagnation.reported.length > 0 ? (
                <ul>
                  {signals.stagnation.reported.map((r) => (
                    <li key={r.eventId}>
                      {t('timeline.signals.reportedStagnation', { date: date(r.eventId), reason: r.reason ? t(`timeline.stagnationReason.${r.reason}`) : '' })}{' '}
                      {handling === r.eventId ? (
                        <StagnationHandlingForm familyId={familyId} eventId={r.eventId} title={t('timeline.signals.handleTitle', { date: date(r.eventId) })} onDone={() => setHandling(null)} />
                      ) : (
                        <button type="button" className="button" onClick={() => setHandling(r.eventId)}>
                          {t('timeline.signals.handle')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {handlings.length > 0 ? (
        <>
          <h3>{t('timeline.signals.handledTitle')}</h3>
          <ul>
            {handlings.map((h) => (
              <li key={h.id} dir="auto">
                {t('timeline.signals.handled', { date: date(h.eventId), handledOn: formatFuzzyDate(h.handledOn, t, i18n.language), what: h.what, who: h.who, when: formatFuzzyDate(h.when, t, i18n.language) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('timeline.signals.factsTitle')}</h3>
      <dl className="facts tl-facts">
        <div className="facts__row">
          <dt>{t('timeline.signals.daysToHelp')}</dt>
          <dd>
            {signals.signalToHelp.days === null
              ? t('timeline.signals.notApplicable')
              : signals.signalToHelp.stillWaiting
                ? t('timeline.signals.daysToHelpWaiting', { days: signals.signalToHelp.days })
                : signals.signalToHelp.days}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('timeline.signals.episodes')}</dt>
          <dd>
            {signals.episodes.length} <span className="muted">({t('timeline.signals.episodesHint')})</span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('timeline.signals.daysWithoutOwner')}</dt>
          <dd>{signals.withoutOwner.days}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('timeline.signals.regieChanges')}</dt>
          <dd>{signals.regieChanges}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('timeline.signals.careAvoidance')}</dt>
          <dd>{signals.careAvoidance.count}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The timeline's warnings for a dossier header or a dashboard row, from core's summary channel
 * (`timeline:signals`), so it works without the Tijdlijn tab being open. Renders nothing when
 * there is nothing to warn about. `revision` reloads it (pass the save status revision).
 */
export function TimelineSignalsHeader({ familyId, revision = 0 }: { familyId: string; revision?: number }) {
  const { t } = useTranslation();
  // Any write in the dossier may change a warning (a stagnation handled, a step on the ladder).
  const savedAt = useSaveStatus((s) => (s.status.kind === 'saved' ? s.status.at : ''));
  const { data: summary } = useLoad(() => fetchTimelineSignals({ familyId }), [familyId, revision, savedAt]);
  if (!summary || summary.familyId !== familyId || summary.warnings.length === 0) return null;
  return (
    <ul className="tl-header-warnings" aria-label={t('timeline.signals.headerLabel')}>
      {summary.warnings.map((w) => (
        <li key={w.kind} className={`tl-warning tl-warning--${w.kind}`}>
          <WarningText warning={w} />
        </li>
      ))}
    </ul>
  );
}
