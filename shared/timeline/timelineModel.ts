import type { TimelineEventType } from '../domain/vocabulary';
import { dayNumber, parseFuzzyDate } from './fuzzyDate';
import { compareEvents, DIRECTED_TYPES, type TimelineEvent } from './timelineEvent';

/**
 * The picture of a family's timeline, before anything is drawn: lanes (one per organisation or one
 * per child), every event placed on a lane at its days, and the arrows of referrals and other
 * handovers between lanes, so a case pushed back and forth shows as a zig-zag.
 */
export const LANE_MODES = ['organisatie', 'kind'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface LaneSources {
  organisations: readonly { id: string; name: string }[];
  /** The family's children in the order the dossier lists them. */
  children: readonly { id: string; name: string }[];
}

export interface TimelineFilter {
  /** null: every type. */
  types: readonly TimelineEventType[] | null;
  /** null: every child. Events about the whole family stay visible under a child filter. */
  childIds: readonly string[] | null;
  /** null: every organisation; otherwise events from or to one of these. */
  organisationIds: readonly string[] | null;
}

export const NO_FILTER: TimelineFilter = { types: null, childIds: null, organisationIds: null };

/** `unknown` collects events without an organisation; `family` those about the whole family. */
export interface Lane {
  id: string;
  label: string;
  kind: 'organisatie' | 'kind' | 'onbekend' | 'gezin';
}

export interface PlacedEvent {
  /** Unique per drawn item: an event about two children is drawn on both their lanes. */
  key: string;
  event: TimelineEvent;
  lane: number;
  startDay: number;
  endDay: number;
  /** Where the marker sits: the middle of an approximate date. */
  day: number;
  approximate: boolean;
}

export interface Arrow {
  eventId: string;
  fromLane: number;
  toLane: number;
  day: number;
  type: TimelineEventType;
  status: TimelineEvent['referralStatus'];
}

export interface TimelineModel {
  mode: LaneMode;
  lanes: Lane[];
  /** Chronological (compareEvents), which is also the keyboard order. */
  items: PlacedEvent[];
  arrows: Arrow[];
  /** First and last day covered by any item; null when there is nothing to show. */
  span: { startDay: number; endDay: number } | null;
}

const DIRECTED = new Set<TimelineEventType>(DIRECTED_TYPES);
export const UNKNOWN_LANE = 'onbekend';
export const FAMILY_LANE = 'gezin';

export function matchesFilter(e: TimelineEvent, f: TimelineFilter): boolean {
  if (f.types !== null && !f.types.includes(e.type)) return false;
  if (f.childIds !== null && e.memberIds.length > 0 && !e.memberIds.some((id) => f.childIds!.includes(id))) return false;
  if (f.organisationIds !== null) {
    const orgs = f.organisationIds;
    if (!(e.organisationId !== null && orgs.includes(e.organisationId)) && !(e.toOrganisationId !== null && orgs.includes(e.toOrganisationId))) return false;
  }
  return true;
}

export function buildTimelineModel(events: readonly TimelineEvent[], sources: LaneSources, mode: LaneMode, filter: TimelineFilter = NO_FILTER): TimelineModel {
  const sorted = events.filter((e) => matchesFilter(e, filter)).sort(compareEvents);
  const lanes: Lane[] = [];
  const laneIndex = new Map<string, number>();
  const laneOf = (id: string, label: string, kind: Lane['kind']): number => {
    let at = laneIndex.get(id);
    if (at === undefined) {
      at = lanes.length;
      lanes.push({ id, label, kind });
      laneIndex.set(id, at);
    }
    return at;
  };
  const orgName = new Map(sources.organisations.map((o) => [o.id, o.name]));
  const childName = new Map(sources.children.map((c) => [c.id, c.name]));

  const items: PlacedEvent[] = [];
  const arrows: Arrow[] = [];
  let startSpan = Infinity;
  let endSpan = -Infinity;

  if (mode === 'kind') {
    // Children keep the dossier's order; the whole-family lane comes first.
    if (sorted.some((e) => e.memberIds.length === 0)) laneOf(FAMILY_LANE, '', 'gezin');
    for (const c of sources.children) if (sorted.some((e) => e.memberIds.includes(c.id))) laneOf(c.id, c.name, 'kind');
  }

  for (const e of sorted) {
    const d = parseFuzzyDate(e.date);
    if (!d) continue;
    const day = Math.floor((d.startDay + d.endDay) / 2);
    startSpan = Math.min(startSpan, d.startDay);
    endSpan = Math.max(endSpan, d.endDay);
    const place = (lane: number, key: string) =>
      items.push({ key, event: e, lane, startDay: d.startDay, endDay: d.endDay, day, approximate: d.precision !== 'dag' });
    if (mode === 'organisatie') {
      const from = e.organisationId === null ? laneOf(UNKNOWN_LANE, '', 'onbekend') : laneOf(e.organisationId, orgName.get(e.organisationId) ?? '?', 'organisatie');
      place(from, e.id);
      if (e.toOrganisationId !== null && DIRECTED.has(e.type)) {
        const to = laneOf(e.toOrganisationId, orgName.get(e.toOrganisationId) ?? '?', 'organisatie');
        arrows.push({ eventId: e.id, fromLane: from, toLane: to, day, type: e.type, status: e.referralStatus });
      }
    } else if (e.memberIds.length === 0) {
      place(laneOf(FAMILY_LANE, '', 'gezin'), e.id);
    } else {
      for (const id of e.memberIds) place(laneOf(id, childName.get(id) ?? '?', 'kind'), `${e.id}@${id}`);
    }
  }

  return { mode, lanes, items, arrows, span: items.length === 0 ? null : { startDay: startSpan, endDay: endSpan } };
}

/** Zoom from years to days: how many days one screen width shows. */
export const ZOOM_LEVELS = [
  { id: 'jaren', days: 5 * 365 },
  { id: 'jaar', days: 365 },
  { id: 'kwartaal', days: 92 },
  { id: 'maand', days: 31 },
  { id: 'week', days: 7 },
] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number]['id'];

export interface DayWindow {
  startDay: number;
  endDay: number;
}

/** The window of `level` centred on `centerDay`. */
export function zoomWindow(level: ZoomLevel, centerDay: number): DayWindow {
  const days = ZOOM_LEVELS.find((z) => z.id === level)?.days ?? 365;
  const startDay = centerDay - Math.floor(days / 2);
  return { startDay, endDay: startDay + days };
}

/** The widest zoom level whose window still shows the whole span (the default view). */
export function fittingZoom(span: DayWindow | null): ZoomLevel {
  if (!span) return 'jaar';
  const width = span.endDay - span.startDay;
  let fit: ZoomLevel = 'jaren';
  for (const z of ZOOM_LEVELS) if (z.days >= width + 2) fit = z.id;
  return fit;
}

/** Index of the first item that may reach into a window starting at `day` (items are chronological). */
function firstFrom(items: readonly PlacedEvent[], day: number): number {
  // An item covers at most a year (a "jaar" date), so anything starting earlier than that ends before `day`.
  const earliest = day - 366;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.startDay < earliest) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items that are (partly) inside the window: only these are drawn, however long the history. */
export function visibleItems(items: readonly PlacedEvent[], window: DayWindow): PlacedEvent[] {
  const out: PlacedEvent[] = [];
  for (let i = firstFrom(items, window.startDay); i < items.length; i++) {
    const it = items[i]!;
    if (it.startDay > window.endDay) break;
    if (it.endDay >= window.startDay) out.push(it);
  }
  return out;
}

export interface AxisTick {
  day: number;
  kind: 'jaar' | 'maand' | 'dag';
  year: number;
  month: number;
  dayOfMonth: number;
}

/** Axis marks that suit the window: years, months or days. */
export function axisTicks(window: DayWindow): AxisTick[] {
  const width = window.endDay - window.startDay;
  const first = new Date(window.startDay * 86_400_000);
  const ticks: AxisTick[] = [];
  if (width > 3 * 365) {
    for (let y = first.getUTCFullYear(); ; y++) {
      const day = dayNumber(y, 1, 1);
      if (day > window.endDay) break;
      if (day >= window.startDay) ticks.push({ day, kind: 'jaar', year: y, month: 1, dayOfMonth: 1 });
    }
  } else if (width > 45) {
    const step = width > 200 ? 3 : 1;
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; ; m += 1) {
      if (m > 12) {
        m = 1;
        y += 1;
      }
      const day = dayNumber(y, m, 1);
      if (day > window.endDay) break;
      if (day >= window.startDay && (m - 1) % step === 0) ticks.push({ day, kind: m === 1 ? 'jaar' : 'maand', year: y, month: m, dayOfMonth: 1 });
    }
  } else {
    const step = width > 10 ? 7 : 1;
    for (let day = window.startDay; day <= window.endDay; day += 1) {
      const d = new Date(day * 86_400_000);
      if ((day - window.startDay) % step === 0) {
        ticks.push({ day, kind: 'dag', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() });
      }
    }
  }
  return ticks;
}
