// @vitest-environment jsdom
import { act, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import '../../../../renderer/i18n';
import { buildTimelineModel } from '../../../../shared/timeline/timelineModel';
import { TimelineChart } from '../../../../renderer/features/timeline/TimelineChart';
import { rowWindow, ROW_HEIGHT } from '../../../../renderer/features/timeline/TimelineTable';
import { useTimeline } from '../../../../renderer/features/timeline/timelineStore';
import { formatFuzzyDate } from '../../../../renderer/features/timeline/timelineLabels';
import { registeredResetNames, resetAllStores } from '../../../../renderer/state';
import { i18n } from '../../../../renderer/i18n';
import { ev, ORG, referral } from '../../shared/timeline/eventFactory';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sources = {
  organisations: [
    { id: ORG.cjg, name: 'CJG Assen' },
    { id: ORG.wijkteam, name: 'Wijkteam Emmen-Oost' },
    { id: ORG.veiligThuis, name: 'Veilig Thuis Drenthe' },
  ],
  children: [],
};
const names = { organisation: (id: string | null) => sources.organisations.find((o) => o.id === id)?.name ?? '?', child: () => '?' };

describe('the Tijdlijn picture', () => {
  it('draws the referrals as arrows and moves keyboard focus to the next event with the arrow key', () => {
    const model = buildTimelineModel(
      [referral('2024-03-01', ORG.cjg, ORG.wijkteam), referral('2024-04-01', ORG.wijkteam, ORG.cjg, 'teruggelegd'), referral('2024-05-01', ORG.cjg, ORG.veiligThuis)],
      sources,
      'organisatie',
    );
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const onFocusItem = vi.fn();
    const onOpen = vi.fn();
    act(() =>
      root.render(
        <TimelineChart
          model={model}
          window={{ startDay: model.span!.startDay - 5, endDay: model.span!.endDay + 5 }}
          today="2024-06-01"
          names={names}
          focusedKey={null}
          onFocusItem={onFocusItem}
          onOpen={onOpen}
          onZoom={() => undefined}
          svgRef={createRef()}
        />,
      ),
    );
    expect([...host.querySelectorAll('path.tl-arrow')].map((p) => `${p.getAttribute('data-arrow-from')} → ${p.getAttribute('data-arrow-to')}`)).toEqual([
      'CJG Assen → Wijkteam Emmen-Oost',
      'Wijkteam Emmen-Oost → CJG Assen',
      'CJG Assen → Veilig Thuis Drenthe',
    ]);
    const items = [...host.querySelectorAll('[role="button"]')];
    expect(items.map((i) => i.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(items[1]?.getAttribute('aria-label')).toBe('1 apr 2024: Verwijzing · Wijkteam Emmen-Oost → CJG Assen (teruggelegd)');
    act(() => items[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(onFocusItem).toHaveBeenCalledWith(expect.objectContaining({ key: model.items[1]!.key }));
    act(() => items[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onOpen).toHaveBeenCalledWith(model.items[2]!.event.id);
    act(() => root.unmount());
    host.remove();
  });

  it('says approximate dates the way people do', () => {
    const t = i18n.t.bind(i18n);
    expect(formatFuzzyDate('2024-voorjaar', t, 'nl')).toBe('voorjaar 2024');
    expect(formatFuzzyDate('2024-03', t, 'nl')).toBe('maart 2024');
    expect(formatFuzzyDate('2024-najaar', i18n.getFixedT('en'), 'en')).toBe('autumn 2024');
    expect(formatFuzzyDate('2024-03', i18n.getFixedT('en'), 'en')).toBe('March 2024');
  });
});

describe('the Tijdlijn table', () => {
  it('draws a window of rows around the scroll position, never the whole history', () => {
    expect(rowWindow(0, 1000)).toEqual({ first: 0, last: 28 });
    const middle = rowWindow(500 * ROW_HEIGHT, 1000);
    expect(middle.first).toBeLessThanOrEqual(500);
    expect(middle.last).toBeGreaterThan(512);
    expect(middle.last - middle.first).toBeLessThan(40);
    expect(rowWindow(10_000 * ROW_HEIGHT, 1000).last).toBe(1000);
  });
});

describe('locking', () => {
  it('wipes the timeline from renderer memory', () => {
    expect(registeredResetNames()).toContain('timeline');
    useTimeline.getState().setContent(ORG.cjg, {
      events: [ev({ type: 'notitie', date: '2024-01-01', summary: 'Moeder vertelde over schulden' })],
      organisations: [],
      children: [],
      stagnationHandlings: [],
      today: '2024-06-01',
    });
    resetAllStores();
    expect(useTimeline.getState().content).toBeNull();
    expect(useTimeline.getState().familyId).toBeNull();
  });
});
