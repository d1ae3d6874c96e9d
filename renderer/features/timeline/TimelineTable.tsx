import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { childrenText, eventTitle, formatFuzzyDate, sourceName, timelineWords, type Names } from './timelineLabels';
import { markTimelineDrawn } from './timelinePerformance';

/** Row height in CSS pixels; `.tl-table tbody tr` has exactly this height in timeline.css. */
export const ROW_HEIGHT = 44;
const VIEWPORT_ROWS = 12;
const OVERSCAN = 8;

/** Which rows to draw for a scroll position: a window around what is visible, never all 1 000. */
export function rowWindow(scrollTop: number, total: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, first + VIEWPORT_ROWS + 2 * OVERSCAN);
  return { first, last };
}

/**
 * The same events as the picture, as an accessible table. Long histories are windowed: only the
 * rows near the scroll position exist, the spacer rows keep the scrollbar honest, and aria-rowcount
 * / aria-rowindex tell a screen reader where it is.
 */
export function TimelineTable({ events, names, onOpen }: { events: readonly TimelineEvent[]; names: Names; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const words = useMemo(() => timelineWords(t), [t, i18n.language]);
  const [scrollTop, setScrollTop] = useState(0);
  const before = useRef<HTMLTableCellElement>(null);
  const after = useRef<HTMLTableCellElement>(null);
  const { first, last } = rowWindow(scrollTop, events.length);

  // Spacer heights via the CSSOM: the CSP forbids style attributes, not style properties.
  useLayoutEffect(() => {
    if (before.current) before.current.style.height = `${first * ROW_HEIGHT}px`;
    if (after.current) after.current.style.height = `${(events.length - last) * ROW_HEIGHT}px`;
    markTimelineDrawn();
  }, [first, last, events.length]);

  return (
    <div className="tl-table-scroll" tabIndex={0} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} role="region" aria-label={t('timeline.table.caption', { count: events.length })}>
      <table className="table tl-table" aria-rowcount={events.length + 1}>
        <caption className="visually-hidden">{t('timeline.table.caption', { count: events.length })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('timeline.table.date')}</th>
            <th scope="col">{t('timeline.table.type')}</th>
            <th scope="col">{t('timeline.table.from')}</th>
            <th scope="col">{t('timeline.table.to')}</th>
            <th scope="col">{t('timeline.table.children')}</th>
            <th scope="col">{t('timeline.table.summary')}</th>
            <th scope="col">{t('timeline.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          <tr aria-hidden="true" className="tl-spacer">
            <td ref={before} colSpan={7} />
          </tr>
          {events.slice(first, last).map((e, i) => {
            const date = formatFuzzyDate(e.date, t, i18n.language);
            return (
              <tr key={e.id} aria-rowindex={first + i + 2}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(e.id)} aria-label={t('timeline.table.open', { what: `${date}, ${words(`timeline.types.${e.type}`)}` })}>
                    {date}
                  </button>
                </td>
                <td>
                  {words(`timeline.types.${e.type}`)}
                  {e.referralStatus ? ` (${words(`timeline.referralStatus.${e.referralStatus}`)})` : ''}
                </td>
                <td dir="auto">{sourceName(e, names, words)}</td>
                <td dir="auto">{e.toOrganisationId ? names.organisation(e.toOrganisationId) : ''}</td>
                <td dir="auto">{childrenText(e, names, words)}</td>
                <td dir="auto" title={eventTitle(e, names, words)}>
                  {e.summary}
                </td>
                <td>{words(`timeline.source.${e.source}`)}</td>
              </tr>
            );
          })}
          <tr aria-hidden="true" className="tl-spacer">
            <td ref={after} colSpan={7} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
