import { REFERRAL_STATUSES, TIMELINE_EVENT_TYPES } from '../domain/vocabulary';
import { dayString, fuzzySortKey } from './fuzzyDate';
import { buildTimelineModel, type LaneSources, type TimelineModel } from './timelineModel';
import { computeSignals, type TimelineSignals } from './timelineSignals';
import type { TimelineEvent } from './timelineEvent';

/**
 * The bench's family with a long history: `n` fictional events across a handful of organisations
 * and children, seeded so every run measures the same work. `run()` is what the bench times:
 * building the timeline model and computing its signals, as the Tijdlijn tab does on load.
 */
export interface TimelineWorkload {
  events: TimelineEvent[];
  sources: LaneSources;
  today: string;
  run(): { model: TimelineModel; signals: TimelineSignals };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const uuid = (prefix: number, i: number) => `00000000-0000-4000-8000-${String(prefix).padStart(4, '0')}${String(i).padStart(8, '0')}`;

export function createTimelineWorkload(n: number, seed = 7): TimelineWorkload {
  const rnd = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const organisations = Array.from({ length: 8 }, (_, i) => ({ id: uuid(1, i), name: `Organisatie ${i + 1}` }));
  const children = Array.from({ length: 3 }, (_, i) => ({ id: uuid(2, i), name: `Kind ${i + 1}` }));
  const familyId = uuid(3, 0);
  const todayDay = 20_400; // 2025-11-08
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const type = pick(TIMELINE_EVENT_TYPES);
    const day = todayDay - Math.floor(rnd() * 5 * 365);
    const r = rnd();
    const date = r < 0.85 ? dayString(day) : r < 0.93 ? dayString(day).slice(0, 7) : r < 0.97 ? `${dayString(day).slice(0, 4)}-najaar` : dayString(day).slice(0, 4);
    const from = pick(organisations);
    let to = pick(organisations);
    if (to.id === from.id) to = organisations[(organisations.indexOf(from) + 1) % organisations.length]!;
    const directed = type === 'verwijzing' || type === 'signaal' || type === 'regiewissel';
    events.push({
      id: uuid(4, i),
      familyId,
      type,
      date,
      sortKey: fuzzySortKey(date),
      organisationId: from.id,
      toOrganisationId: directed ? to.id : null,
      referralStatus: type === 'verwijzing' ? pick(REFERRAL_STATUSES) : null,
      statusDate: null,
      reason: '',
      stagnationReason: type === 'stagnatie' ? 'wachtlijst' : null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      summary: `Gebeurtenis ${i + 1}`,
      legalBasis: 'noodzakelijk_betrokkenen',
      memberIds: rnd() < 0.3 ? [] : [pick(children).id],
      recordedBy: 'bench',
      source: 'handmatig',
    });
  }
  const sources: LaneSources = { organisations, children };
  const today = dayString(todayDay);
  return {
    events,
    sources,
    today,
    run: () => ({ model: buildTimelineModel(events, sources, 'organisatie'), signals: computeSignals(events, { today }) }),
  };
}
