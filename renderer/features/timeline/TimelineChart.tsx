import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFuzzyDate } from '../../../shared/timeline/fuzzyDate';
import { axisTicks, visibleItems, type DayWindow, type PlacedEvent, type TimelineModel } from '../../../shared/timeline/timelineModel';
import { localeFor } from '../../i18n';
import { cachedFormat, eventTitle, formatFuzzyDate, timelineWords, type Names } from './timelineLabels';
import { markTimelineDrawn } from './timelinePerformance';

/** Drawing units (the SVG scales to the width of the tab; these are its viewBox units). */
export const CHART = { width: 1000, labelWidth: 190, laneHeight: 52, axisHeight: 34, padRight: 18, radius: 7 } as const;

export function chartHeight(lanes: number): number {
  return CHART.axisHeight + Math.max(1, lanes) * CHART.laneHeight + 8;
}

export function xOf(day: number, w: DayWindow): number {
  const span = Math.max(1, w.endDay - w.startDay);
  return CHART.labelWidth + ((day - w.startDay) / span) * (CHART.width - CHART.labelWidth - CHART.padRight);
}

const laneY = (lane: number) => CHART.axisHeight + lane * CHART.laneHeight + CHART.laneHeight / 2;

function laneLabel(model: TimelineModel, lane: number, t: (k: string) => string): string {
  const l = model.lanes[lane];
  if (!l) return '';
  if (l.kind === 'onbekend') return t('timeline.lanes.unknown');
  if (l.kind === 'gezin') return t('timeline.lanes.family');
  return l.label;
}

/** Shortens a lane label to fit the label column (the full name is in its <title>). */
const short = (s: string) => (s.length > 22 ? `${s.slice(0, 21)}…` : s);

/**
 * The picture: one swimlane per organisation (or child), events as dots (bars for approximate
 * dates), referrals and other handovers as arrows between lanes. Only events inside the window are
 * drawn. Keyboard: one item is in the tab order (roving tabindex); arrows move between events,
 * Enter or Space opens the details.
 */
export function TimelineChart({
  model,
  window: w,
  today,
  names,
  focusedKey,
  onFocusItem,
  onOpen,
  onZoom,
  svgRef,
}: {
  model: TimelineModel;
  window: DayWindow;
  today: string;
  names: Names;
  focusedKey: string | null;
  onFocusItem(item: PlacedEvent): void;
  onOpen(eventId: string): void;
  onZoom(direction: 1 | -1): void;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const words = useMemo(() => timelineWords(t), [t, i18n.language]);
  const visible = useMemo(() => visibleItems(model.items, w), [model.items, w]);
  const visibleIds = useMemo(() => new Set(visible.map((i) => i.event.id)), [visible]);
  const arrows = useMemo(() => model.arrows.filter((a) => visibleIds.has(a.eventId)), [model.arrows, visibleIds]);
  const ticks = useMemo(() => axisTicks(w), [w]);
  const height = chartHeight(model.lanes.length);
  const focusTarget = focusedKey && visible.some((i) => i.key === focusedKey) ? focusedKey : (visible[0]?.key ?? null);
  const hadFocus = useRef(false);
  const byKey = useMemo(() => new Map(visible.map((i) => [i.key, i])), [visible]);
  /** One listener for all items (a thousand closures would slow the first render). */
  const itemOf = (target: EventTarget | null): PlacedEvent | undefined => {
    const el = target instanceof Element ? target.closest('[data-key]') : null;
    return el ? byKey.get(el.getAttribute('data-key') ?? '') : undefined;
  };

  useLayoutEffect(() => {
    markTimelineDrawn();
  });

  // Keyboard focus follows the focused item when it is (re)drawn, e.g. after panning to it.
  useEffect(() => {
    if (!hadFocus.current || !focusedKey) return;
    const el = svgRef.current?.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`);
    if (el instanceof SVGElement) el.focus();
  }, [focusedKey, visible, svgRef]);

  const locale = localeFor(i18n.language);
  const tickLabel = (tick: (typeof ticks)[number]) => {
    const date = new Date(Date.UTC(tick.year, tick.month - 1, tick.dayOfMonth));
    if (tick.kind === 'jaar') return String(tick.year);
    if (tick.kind === 'maand') return cachedFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date);
    return cachedFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  };

  const move = (event: KeyboardEvent<SVGSVGElement>) => {
    const items = model.items;
    const at = items.findIndex((i) => i.key === (focusedKey ?? focusTarget));
    const current = items[at];
    let next: PlacedEvent | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = items[Math.min(items.length - 1, at + 1)];
        break;
      case 'ArrowLeft':
        next = items[Math.max(0, at - 1)];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!current) return;
        const lane = current.lane + (event.key === 'ArrowUp' ? -1 : 1);
        // The nearest event in time on the lane above or below.
        let best: PlacedEvent | undefined;
        for (const i of items) if (i.lane === lane && (!best || Math.abs(i.day - current.day) < Math.abs(best.day - current.day))) best = i;
        next = best;
        break;
      }
      case 'Enter':
      case ' ':
        if (current) onOpen(current.event.id);
        event.preventDefault();
        return;
      case '+':
      case '=':
        onZoom(1);
        event.preventDefault();
        return;
      case '-':
        onZoom(-1);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      hadFocus.current = true;
      onFocusItem(next);
    }
  };

  const todayDay = parseFuzzyDate(today)?.startDay ?? null;
  return (
    <svg
      ref={svgRef}
      className="tl-chart"
      viewBox={`0 0 ${CHART.width} ${height}`}
      role="group"
      aria-label={t('timeline.chart.label', { count: model.items.length })}
      onKeyDown={move}
      onClick={(e) => {
        const item = itemOf(e.target);
        if (item) onOpen(item.event.id);
      }}
      onFocus={(e) => {
        const item = itemOf(e.target);
        if (!item) return;
        hadFocus.current = true;
        if (item.key !== focusedKey) onFocusItem(item);
      }}
      data-visible-events={visible.length}
    >
      <defs>
        <marker id="tl-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="tl-arrowhead" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {model.lanes.map((lane, index) => (
          <g key={lane.id}>
            <rect x={0} y={CHART.axisHeight + index * CHART.laneHeight} width={CHART.width} height={CHART.laneHeight} className={index % 2 ? 'tl-lane tl-lane--odd' : 'tl-lane'} />
            <text x={8} y={laneY(index) + 5} className="tl-lane-label">
              <title>{laneLabel(model, index, t)}</title>
              {short(laneLabel(model, index, t))}
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick.day}>
            <line x1={xOf(tick.day, w)} x2={xOf(tick.day, w)} y1={CHART.axisHeight - 6} y2={height} className={tick.kind === 'jaar' ? 'tl-tick tl-tick--year' : 'tl-tick'} />
            <text x={xOf(tick.day, w) + 3} y={CHART.axisHeight - 12} className="tl-tick-label">
              {tickLabel(tick)}
            </text>
          </g>
        ))}
        {todayDay !== null && todayDay >= w.startDay && todayDay <= w.endDay ? (
          <g>
            <line x1={xOf(todayDay, w)} x2={xOf(todayDay, w)} y1={CHART.axisHeight} y2={height} className="tl-today" />
            <text x={xOf(todayDay, w) - 3} y={height - 4} className="tl-today-label" textAnchor="end">
              {t('timeline.chart.today')}
            </text>
          </g>
        ) : null}
        {arrows.map((a) => {
          const x = xOf(a.day, w);
          const y1 = laneY(a.fromLane);
          const y2 = laneY(a.toLane);
          const dir = y2 > y1 ? 1 : -1;
          return (
            <path
              key={a.eventId}
              d={`M ${x} ${y1 + dir * CHART.radius} L ${x + 10} ${y2 - dir * (CHART.radius + 2)}`}
              className={`tl-arrow tl-arrow--${a.status ?? a.type}`}
              markerEnd="url(#tl-arrowhead)"
              data-arrow-from={laneLabel(model, a.fromLane, t)}
              data-arrow-to={laneLabel(model, a.toLane, t)}
            />
          );
        })}
      </g>
      {visible.map((item) => {
        const x = xOf(item.day, w);
        const y = laneY(item.lane);
        const label = `${formatFuzzyDate(item.event.date, t, i18n.language)}: ${eventTitle(item.event, names, words)}`;
        return (
          <g
            key={item.key}
            className={`tl-event tl-event--${item.event.type}${item.event.source === 'handmatig' ? '' : ' tl-event--derived'}`}
            role="button"
            tabIndex={item.key === focusTarget ? 0 : -1}
            aria-label={label}
            data-key={item.key}
          >
            {item.approximate ? (
              <rect
                x={Math.max(CHART.labelWidth, xOf(item.startDay, w))}
                y={y - 4}
                width={Math.max(2, Math.min(xOf(item.endDay + 1, w), CHART.width - CHART.padRight) - Math.max(CHART.labelWidth, xOf(item.startDay, w)))}
                height={8}
                rx={4}
                className="tl-range"
              />
            ) : null}
            <circle cx={x} cy={y} r={CHART.radius} className="tl-dot" />
          </g>
        );
      })}
    </svg>
  );
}
