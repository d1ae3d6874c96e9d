import { useTranslation } from 'react-i18next';
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
  }
}

/** The computed signals on the Tijdlijn tab: warnings with what they are based on, and key figures. */
export function TimelineSignalsPanel({
  signals,
  warnings,
  events,
  names,
}: {
  signals: TimelineSignals;
  warnings: readonly SignalWarning[];
  events: readonly TimelineEvent[];
  names: Names;
}) {
  const { t, i18n } = useTranslation();
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
            </li>
          ))}
        </ul>
      )}
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
  const { data: summary } = useLoad(() => fetchTimelineSignals({ familyId }), [familyId, revision]);
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
