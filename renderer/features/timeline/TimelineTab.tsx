import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_EVENT_TYPES, type TimelineEventType } from '../../../shared/domain/vocabulary';
import { parseFuzzyDate, dayString } from '../../../shared/timeline/fuzzyDate';
import { buildTimelineModel, fittingZoom, matchesFilter, ZOOM_LEVELS, zoomWindow, type DayWindow, type PlacedEvent, type ZoomLevel } from '../../../shared/timeline/timelineModel';
import { computeSignals, signalWarnings } from '../../../shared/timeline/timelineSignals';
import { compareEvents } from '../../../shared/timeline/timelineEvent';
import { messageOf } from '../../api/apiError';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { AddEventForm, EventDetails } from './EventForms';
import { exportTimelineImage } from './exportTimelineImage';
import { reloadTimeline } from './loadTimeline';
import { TimelineChart } from './TimelineChart';
import { formatFuzzyDate, namesOf } from './timelineLabels';
import { resetTimelineMeasure } from './timelinePerformance';
import { TimelineSignalsPanel } from './TimelineSignalsPanel';
import { useTimeline } from './timelineStore';
import { TimelineTable } from './TimelineTable';
import './timeline.css';

const ALL = '';

/** The visible window: the chosen zoom around the chosen day, or the whole span with a margin. */
function windowOf(span: DayWindow | null, zoom: ZoomLevel | null, centerDay: number | null, today: number): DayWindow {
  if (zoom === null || centerDay === null) {
    if (!span) return zoomWindow('jaar', today);
    const margin = Math.max(3, Math.round((span.endDay - span.startDay) * 0.04));
    return { startDay: span.startDay - margin, endDay: span.endDay + margin };
  }
  return zoomWindow(zoom, centerDay);
}

/** The Tijdlijn tab of the family dossier. */
export function TimelineTab({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const s = useTimeline();
  const revision = useSaveStatus((x) => x.revision);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    resetTimelineMeasure();
    void reloadTimeline(familyId);
  }, [familyId]);
  // An undo elsewhere (or here) may have changed the timeline.
  useEffect(() => {
    if (revision > 0) void reloadTimeline(familyId);
  }, [familyId, revision]);

  const content = s.familyId === familyId ? s.content : null;
  const names = useMemo(() => (content ? namesOf(content, t) : null), [content, t]);
  const model = useMemo(
    () => (content ? buildTimelineModel(content.events, { organisations: content.organisations, children: content.children }, s.mode, s.filter) : null),
    [content, s.mode, s.filter],
  );
  const signals = useMemo(() => (content ? computeSignals(content.events, { today: content.today }) : null), [content]);
  const tableEvents = useMemo(() => (content ? content.events.filter((e) => matchesFilter(e, s.filter)).sort(compareEvents) : []), [content, s.filter]);

  if (s.loadError && !content) return <ErrorAlert>{s.loadError}</ErrorAlert>;
  if (!content || !model || !signals || !names) return <p role="status">{t('timeline.loading')}</p>;

  const todayDay = parseFuzzyDate(content.today)?.startDay ?? 0;
  const w = windowOf(model.span, s.zoom, s.centerDay, todayDay);
  const currentLevel: ZoomLevel = s.zoom ?? fittingZoom(model.span);
  const levelIndex = ZOOM_LEVELS.findIndex((z) => z.id === currentLevel);
  const center = Math.round((w.startDay + w.endDay) / 2);

  const zoomBy = (direction: 1 | -1) => {
    const next = ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, levelIndex + direction))];
    if (!next) return;
    const focused = model.items.find((i) => i.key === s.focusedKey);
    s.setZoom(next.id, focused ? focused.day : center);
  };
  const pan = (direction: 1 | -1) => s.setZoom(currentLevel, center + direction * Math.round((w.endDay - w.startDay) * 0.75));
  const focusItem = (item: PlacedEvent) => {
    s.setFocused(item.key);
    if (item.day < w.startDay || item.day > w.endDay) s.setZoom(currentLevel, item.day);
  };
  const openEvent = content.events.find((e) => e.id === s.openId) ?? null;
  const childIds = content.children.map((c) => c.id);

  const doExport = async (format: 'svg' | 'png') => {
    setExportMessage(null);
    setExportError(null);
    const svg = svgRef.current;
    if (!svg) return;
    try {
      const savedAs = await exportTimelineImage(svg, familyId, format, model.items.length, `${t('timeline.title')} — ${formatFuzzyDate(dayString(w.startDay), t, i18n.language)} – ${formatFuzzyDate(dayString(w.endDay), t, i18n.language)}`);
      // Cancelling the save dialog is the user's choice: nothing to report.
      if (savedAs !== null) setExportMessage(t('timeline.controls.savedAs', { fileName: savedAs }));
    } catch (error) {
      setExportError(messageOf(error, t));
    }
  };

  const warnings = signalWarnings(signals);
  return (
    <div className="tl">
      <p className="muted">{t('timeline.intro')}</p>
      <TimelineSignalsPanel familyId={familyId} signals={signals} warnings={warnings} events={content.events} handlings={content.stagnationHandlings} names={names} />

      <section className="panel" aria-labelledby="tl-view-title">
        <h2 id="tl-view-title">{t('timeline.title')}</h2>
        <div className="tl-controls">
          <fieldset className="tl-toggle">
            <legend>{t('timeline.controls.lanes')}</legend>
            {(['organisatie', 'kind'] as const).map((mode) => (
              <label key={mode} className="tl-toggle__option">
                <input type="radio" name="tl-lanes" checked={s.mode === mode} onChange={() => s.setMode(mode)} />
                {t(mode === 'organisatie' ? 'timeline.controls.lanesOrganisatie' : 'timeline.controls.lanesKind')}
              </label>
            ))}
          </fieldset>
          <fieldset className="tl-toggle">
            <legend>{t('timeline.controls.view')}</legend>
            {(['beeld', 'tabel'] as const).map((view) => (
              <label key={view} className="tl-toggle__option">
                <input type="radio" name="tl-view" checked={s.view === view} onChange={() => s.setView(view)} />
                {t(view === 'beeld' ? 'timeline.controls.viewBeeld' : 'timeline.controls.viewTabel')}
              </label>
            ))}
          </fieldset>
          <div className="field tl-filter">
            <label className="field__label" htmlFor="tl-filter-type">
              {t('timeline.controls.filterType')}
            </label>
            <select
              id="tl-filter-type"
              className="field__input"
              value={s.filter.types?.[0] ?? ALL}
              onChange={(e) => s.setFilter({ ...s.filter, types: e.target.value === ALL ? null : [e.target.value as TimelineEventType] })}
            >
              <option value={ALL}>{t('timeline.controls.all')}</option>
              {TIMELINE_EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`timeline.types.${type}`)}
                </option>
              ))}
            </select>
          </div>
          {childIds.length > 0 ? (
            <div className="field tl-filter">
              <label className="field__label" htmlFor="tl-filter-child">
                {t('timeline.controls.filterChild')}
              </label>
              <select
                id="tl-filter-child"
                className="field__input"
                value={s.filter.childIds?.[0] ?? ALL}
                onChange={(e) => s.setFilter({ ...s.filter, childIds: e.target.value === ALL ? null : [e.target.value] })}
              >
                <option value={ALL}>{t('timeline.controls.all')}</option>
                {content.children.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field tl-filter">
            <label className="field__label" htmlFor="tl-filter-org">
              {t('timeline.controls.filterOrganisation')}
            </label>
            <select
              id="tl-filter-org"
              className="field__input"
              value={s.filter.organisationIds?.[0] ?? ALL}
              onChange={(e) => s.setFilter({ ...s.filter, organisationIds: e.target.value === ALL ? null : [e.target.value] })}
            >
              <option value={ALL}>{t('timeline.controls.all')}</option>
              {content.organisations
                .filter((o) => content.events.some((e) => e.organisationId === o.id || e.toOrganisationId === o.id))
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
          </div>
        </div>

        {s.view === 'beeld' ? (
          <>
            <div className="button-row tl-zoom" role="group" aria-label={t('timeline.controls.zoom')}>
              <button type="button" className="button button--small" onClick={() => pan(-1)}>
                {t('timeline.controls.earlier')}
              </button>
              <button type="button" className="button button--small" onClick={() => zoomBy(-1)} disabled={levelIndex <= 0 && s.zoom !== null}>
                {t('timeline.controls.zoomOut')}
              </button>
              <button type="button" className="button button--small" onClick={() => zoomBy(1)} disabled={levelIndex >= ZOOM_LEVELS.length - 1}>
                {t('timeline.controls.zoomIn')}
              </button>
              <button type="button" className="button button--small" onClick={() => pan(1)}>
                {t('timeline.controls.later')}
              </button>
              <button type="button" className="button button--small" onClick={() => s.setZoom(null, null)} disabled={s.zoom === null}>
                {t('timeline.controls.fit')}
              </button>
              <span className="muted tl-zoom__state" aria-live="polite">
                {t(`timeline.controls.zoomLevel.${s.zoom === null ? 'alles' : s.zoom}`)} ·{' '}
                {t('timeline.chart.showing', { from: formatFuzzyDate(dayString(w.startDay), t, i18n.language), to: formatFuzzyDate(dayString(w.endDay), t, i18n.language) })}
              </span>
            </div>
            {model.items.length === 0 ? (
              <p>{content.events.length === 0 ? t('timeline.empty') : t('timeline.emptyFiltered')}</p>
            ) : (
              <div className="tl-chart-wrap">
                <TimelineChart
                  model={model}
                  window={w}
                  today={content.today}
                  names={names}
                  focusedKey={s.focusedKey}
                  onFocusItem={focusItem}
                  onOpen={(id) => s.open(id)}
                  onZoom={zoomBy}
                  svgRef={svgRef}
                />
              </div>
            )}
            <details className="tl-legend">
              <summary>{t('timeline.chart.legendTitle')}</summary>
              <ul>
                <li>{t('timeline.chart.legendTyped')}</li>
                <li>{t('timeline.chart.legendDerived')}</li>
                <li>{t('timeline.chart.legendRange')}</li>
                <li>{t('timeline.chart.legendArrow')}</li>
                <li>{t('timeline.chart.legendReturned')}</li>
              </ul>
            </details>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => void doExport('svg')} disabled={model.items.length === 0}>
                {t('timeline.controls.exportSvg')}
              </button>
              <button type="button" className="button button--small" onClick={() => void doExport('png')} disabled={model.items.length === 0}>
                {t('timeline.controls.exportPng')}
              </button>
            </div>
            {exportMessage ? <StatusMessage tone="success">{exportMessage}</StatusMessage> : null}
            {exportError ? <ErrorAlert>{exportError}</ErrorAlert> : null}
          </>
        ) : tableEvents.length === 0 ? (
          <p>{content.events.length === 0 ? t('timeline.empty') : t('timeline.emptyFiltered')}</p>
        ) : (
          <TimelineTable events={tableEvents} names={names} onOpen={(id) => s.open(id)} />
        )}
      </section>

      {openEvent ? <EventDetails event={openEvent} content={content} names={names} onClose={() => s.open(null)} /> : null}
      <AddEventForm familyId={familyId} content={content} names={names} />
    </div>
  );
}
