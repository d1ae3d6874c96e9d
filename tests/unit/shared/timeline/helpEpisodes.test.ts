import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayString, parseFuzzyDate } from '../../../../shared/timeline/fuzzyDate';
import { HELP_SIGNAL_TYPES, helpEpisodes } from '../../../../shared/timeline/helpEpisodes';
import type { TimelineEvent } from '../../../../shared/timeline/timelineEvent';
import { computeSignals, signalWarnings } from '../../../../shared/timeline/timelineSignals';
import { ev, ORG } from './eventFactory';

const today = '2026-06-01';
const todayDay = parseFuzzyDate(today)!.startDay;

describe('help episodes', () => {
  it('counts a new signal after help ended from that signal, not from the first one years ago', () => {
    const events = [
      ev({ type: 'signaal', date: '2022-02-01', organisationId: ORG.school }),
      ev({ type: 'hulp_gestart', date: '2022-03-03', organisationId: ORG.wijkteam }),
      ev({ type: 'hulp_beeindigd', date: '2023-01-15', organisationId: ORG.wijkteam }),
      ev({ type: 'signaal', date: '2026-05-01', organisationId: ORG.school }),
    ];
    const s = computeSignals(events, { today });
    expect(s.episodes.map((e) => [e.days, e.stillWaiting])).toEqual([
      [30, false],
      [31, true],
    ]);
    expect(s.signalToHelp).toMatchObject({ firstSignalEventId: events[3]!.id, days: 31, stillWaiting: true });
    // Help once started does not hide the new wait.
    expect(signalWarnings(s)).toContainEqual({ kind: 'wacht_op_hulp', days: 31 });
  });

  it('keeps one episode while help runs: a signal during help is part of it', () => {
    const events = [
      ev({ type: 'signaal', date: '2025-01-01' }),
      ev({ type: 'hulp_gestart', date: '2025-01-21', organisationId: ORG.wijkteam }),
      ev({ type: 'signaal', date: '2025-06-01', organisationId: ORG.school }),
    ];
    const s = computeSignals(events, { today });
    expect(s.episodes).toHaveLength(1);
    expect(s.signalToHelp).toMatchObject({ days: 20, stillWaiting: false });
    expect(signalWarnings(s).map((w) => w.kind)).not.toContain('wacht_op_hulp');
  });

  it('does not close an episode while another organisation’s help runs on', () => {
    const events = [
      ev({ type: 'signaal', date: '2025-01-01' }),
      ev({ type: 'hulp_gestart', date: '2025-01-11', organisationId: ORG.wijkteam }),
      ev({ type: 'hulp_gestart', date: '2025-02-01', organisationId: ORG.veiligThuis }),
      ev({ type: 'hulp_beeindigd', date: '2025-04-01', organisationId: ORG.wijkteam }),
      ev({ type: 'signaal', date: '2025-05-01' }),
    ];
    expect(helpEpisodes(events, todayDay)).toHaveLength(1);
    const ended = [...events, ev({ type: 'hulp_beeindigd', date: '2025-05-10', organisationId: ORG.veiligThuis }), ev({ type: 'signaal', date: '2025-06-01' })];
    expect(helpEpisodes(ended, todayDay).map((e) => e.stillWaiting)).toEqual([false, true]);
  });

  it('counts the youngster’s own request for help like any signal', () => {
    const request = ev({ type: 'signaal', date: '2026-05-20', organisationId: null, requestedBy: 'jongere', toOrganisationId: ORG.cjg });
    const s = computeSignals([request], { today });
    expect(s.signalToHelp).toMatchObject({ firstSignalEventId: request.id, days: 12, stillWaiting: true });
  });
});

// A small world of organisations and day offsets, so events collide on days and organisations.
const orgs = [ORG.cjg, ORG.wijkteam, ORG.veiligThuis];
const kinds = ['signaal', 'melding', 'hulp_gestart', 'hulp_beeindigd', 'notitie'] as const;
const arbitraryTimeline = fc.array(
  fc.record({ type: fc.constantFrom(...kinds), offset: fc.integer({ min: 0, max: 400 }), org: fc.constantFrom(...orgs) }),
  { maxLength: 25 },
).map((drafts) => drafts.map((d) => ev({ type: d.type, date: dayString(todayDay - 400 + d.offset), organisationId: d.org })));

const ordered = (events: readonly TimelineEvent[]) =>
  [...events].sort((a, b) => parseFuzzyDate(a.date)!.startDay - parseFuzzyDate(b.date)!.startDay || a.sortKey - b.sortKey || (a.id < b.id ? -1 : 1));

describe('help episodes, for any timeline', () => {
  const runs = { numRuns: 300 };

  it('never count negative days, and only the last episode can be waiting', () => {
    fc.assert(
      fc.property(arbitraryTimeline, (events) => {
        const episodes = helpEpisodes(events, todayDay);
        expect(episodes.every((e) => e.days >= 0)).toBe(true);
        expect(episodes.slice(0, -1).every((e) => !e.stillWaiting && e.helpEndedEventId !== null)).toBe(true);
      }),
      runs,
    );
  });

  it('are one episode when no help ended (and none without a signal)', () => {
    fc.assert(
      fc.property(arbitraryTimeline, (events) => {
        const withoutEnd = events.filter((e) => e.type !== 'hulp_beeindigd');
        const hasSignal = withoutEnd.some((e) => HELP_SIGNAL_TYPES.has(e.type));
        expect(helpEpisodes(withoutEnd, todayDay)).toHaveLength(hasSignal ? 1 : 0);
      }),
      runs,
    );
  });

  it('start a new episode with every signal after help ended', () => {
    fc.assert(
      fc.property(arbitraryTimeline, (events) => {
        const episodes = helpEpisodes(events, todayDay);
        const position = new Map(ordered(events).map((e, i) => [e.id, i]));
        for (let i = 1; i < episodes.length; i++) {
          // The signal right after an ended episode opens the next one.
          const endedAt = position.get(episodes[i - 1]!.helpEndedEventId!)!;
          const next = ordered(events).find((e, at) => at > endedAt && HELP_SIGNAL_TYPES.has(e.type));
          expect(episodes[i]!.signalEventIds[0]).toBe(next!.id);
        }
        const last = episodes.at(-1);
        if (last?.helpEndedEventId) {
          const endedAt = position.get(last.helpEndedEventId)!;
          expect(ordered(events).some((e, at) => at > endedAt && HELP_SIGNAL_TYPES.has(e.type))).toBe(false);
        }
      }),
      runs,
    );
  });

  it('never lose or repeat a signal when splitting, and keep them in order', () => {
    fc.assert(
      fc.property(arbitraryTimeline, (events) => {
        const signals = ordered(events).filter((e) => HELP_SIGNAL_TYPES.has(e.type)).map((e) => e.id);
        expect(helpEpisodes(events, todayDay).flatMap((e) => e.signalEventIds)).toEqual(signals);
      }),
      runs,
    );
  });

  it('give the same episodes whatever order the events arrive in', () => {
    fc.assert(
      fc.property(arbitraryTimeline.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }))), ([events, shuffled]) => {
        expect(helpEpisodes(shuffled, todayDay)).toEqual(helpEpisodes(events, todayDay));
      }),
      runs,
    );
  });
});
