/**
 * Performance marks for the bench harness: `data` when the timeline's content arrives, `drawn` when
 * the first picture (or table) of it has been committed to the DOM; `firstRender` is the measure
 * between them. Read them with `performance.getEntriesByName(TIMELINE_MARKS.firstRender)`.
 */
export const TIMELINE_MARKS = {
  data: 'casustafel:timeline:data',
  drawn: 'casustafel:timeline:drawn',
  firstRender: 'casustafel:timeline:first-render',
} as const;

let measured = false;

/** Called after a draw; measures once per loaded content. */
export function markTimelineDrawn(): void {
  if (measured) return;
  if (performance.getEntriesByName(TIMELINE_MARKS.data).length === 0) return;
  measured = true;
  performance.mark(TIMELINE_MARKS.drawn);
  performance.measure(TIMELINE_MARKS.firstRender, TIMELINE_MARKS.data, TIMELINE_MARKS.drawn);
}

/** A new load starts a new first render. */
export function resetTimelineMeasure(): void {
  measured = false;
  performance.clearMarks(TIMELINE_MARKS.data);
  performance.clearMarks(TIMELINE_MARKS.drawn);
  performance.clearMeasures(TIMELINE_MARKS.firstRender);
}
