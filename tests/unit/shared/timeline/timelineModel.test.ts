import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../shared/timeline/fuzzyDate';
import { buildTimelineModel, fittingZoom, visibleItems, zoomWindow, axisTicks } from '../../../../shared/timeline/timelineModel';
import { createTimelineWorkload } from '../../../../shared/timeline/timelineWorkload';
import { ev, ORG, referral } from './eventFactory';

const sources = {
  organisations: [
    { id: ORG.cjg, name: 'CJG Assen' },
    { id: ORG.wijkteam, name: 'Wijkteam Emmen-Oost' },
    { id: ORG.veiligThuis, name: 'Veilig Thuis Drenthe' },
  ],
  children: [
    { id: '00000000-0000-4000-8000-0000000000c1', name: 'Fenna' },
    { id: '00000000-0000-4000-8000-0000000000c2', name: 'Daan' },
  ],
};

describe('timeline model', () => {
  it('draws referrals as arrows between organisation lanes: a zig-zag for CJG → wijkteam → CJG → Veilig Thuis', () => {
    const m = buildTimelineModel(
      [referral('2024-03-01', ORG.cjg, ORG.wijkteam), referral('2024-04-01', ORG.wijkteam, ORG.cjg, 'teruggelegd'), referral('2024-05-01', ORG.cjg, ORG.veiligThuis)],
      sources,
      'organisatie',
    );
    expect(m.lanes.map((l) => l.label)).toEqual(['CJG Assen', 'Wijkteam Emmen-Oost', 'Veilig Thuis Drenthe']);
    expect(m.arrows.map((a) => [a.fromLane, a.toLane])).toEqual([
      [0, 1],
      [1, 0],
      [0, 2],
    ]);
  });

  it('switches to one lane per child, with family-wide events on their own lane', () => {
    const [fenna, daan] = sources.children;
    const m = buildTimelineModel(
      [ev({ type: 'kind_gezien', date: '2024-01-02', memberIds: [fenna!.id, daan!.id] }), ev({ type: 'overleg', date: '2024-02-01' })],
      sources,
      'kind',
    );
    expect(m.lanes.map((l) => l.kind)).toEqual(['gezin', 'kind', 'kind']);
    expect(m.items).toHaveLength(3);
    expect(m.arrows).toEqual([]);
  });

  it('filters by type, child and organisation', () => {
    const [fenna, daan] = sources.children;
    const events = [
      ev({ type: 'signaal', date: '2024-01-01', memberIds: [fenna!.id] }),
      ev({ type: 'signaal', date: '2024-01-02', memberIds: [daan!.id] }),
      ev({ type: 'notitie', date: '2024-01-03' }),
      referral('2024-01-04', ORG.wijkteam, ORG.veiligThuis),
    ];
    const count = (f: Parameters<typeof buildTimelineModel>[3]) => buildTimelineModel(events, sources, 'organisatie', f).items.length;
    expect(count({ types: ['signaal'], childIds: null, organisationIds: null })).toBe(2);
    expect(count({ types: null, childIds: [fenna!.id], organisationIds: null })).toBe(3);
    expect(count({ types: null, childIds: null, organisationIds: [ORG.veiligThuis] })).toBe(1);
  });

  it('places an approximate date in the middle of its range', () => {
    const m = buildTimelineModel([ev({ type: 'signaal', date: '2024-voorjaar' })], sources, 'organisatie');
    expect(m.items[0]).toMatchObject({ approximate: true, startDay: dayNumber(2024, 3, 1), endDay: dayNumber(2024, 5, 31) });
  });

  it('zooms from years to days and picks a zoom that shows everything', () => {
    expect(fittingZoom({ startDay: 0, endDay: 300 })).toBe('jaar');
    expect(fittingZoom({ startDay: 0, endDay: 5 })).toBe('week');
    expect(axisTicks(zoomWindow('jaren', dayNumber(2024, 6, 1))).every((t) => t.kind === 'jaar')).toBe(true);
    expect(axisTicks(zoomWindow('week', dayNumber(2024, 6, 1))).every((t) => t.kind === 'dag')).toBe(true);
  });

  it('property: the visible items are exactly those that overlap the window', () => {
    const { events, sources: s } = createTimelineWorkload(400, 11);
    const model = buildTimelineModel(events, s, 'organisatie');
    fc.assert(
      fc.property(fc.integer({ min: 20_400 - 6 * 365, max: 20_400 }), fc.constantFrom('jaren', 'jaar', 'kwartaal', 'maand', 'week'), (center, level) => {
        const w = zoomWindow(level as 'jaar', center);
        const expected = model.items.filter((i) => i.endDay >= w.startDay && i.startDay <= w.endDay).map((i) => i.key);
        expect(visibleItems(model.items, w).map((i) => i.key)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('property: input order never changes the model', () => {
    const { events, sources: s } = createTimelineWorkload(80, 5);
    const expected = buildTimelineModel(events, s, 'organisatie');
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(buildTimelineModel(shuffled, s, 'organisatie')).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
