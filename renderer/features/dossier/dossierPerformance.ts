/**
 * Performance marks for the bench harness (issue #10: dossier first render ≤ 100 ms), the
 * dossier's twin of the timeline's marks. `data` is set when the dossier of the family just opened
 * arrives in the renderer (after IPC and core's query); `drawn` when React has committed the
 * dossier screen for it to the DOM: heading, signals header, save status and the selected tab,
 * whose own layout effects have run. `firstRender` is the measure between them. It covers the
 * renderer's work only: the load itself is measured in core (dossier_enc_ms), and the browser's
 * paint after the commit is not in it. A tab that fetches more on its own (the signals header,
 * the timeline) is measured separately or not at all. Read it with
 * `performance.getEntriesByName(DOSSIER_MARKS.firstRender)`.
 */
export const DOSSIER_MARKS = {
  data: 'casustafel:dossier:data',
  drawn: 'casustafel:dossier:drawn',
  firstRender: 'casustafel:dossier:first-render',
} as const;

let measured = false;

/** The dossier of the family just opened has arrived; later reloads (after a save) are not a first render. */
export function markDossierData(): void {
  if (measured || performance.getEntriesByName(DOSSIER_MARKS.data).length > 0) return;
  performance.mark(DOSSIER_MARKS.data);
}

/** Called after every commit of the dossier screen with a dossier on it; measures once per opening. */
export function markDossierDrawn(): void {
  if (measured) return;
  if (performance.getEntriesByName(DOSSIER_MARKS.data).length === 0) return;
  measured = true;
  performance.mark(DOSSIER_MARKS.drawn);
  performance.measure(DOSSIER_MARKS.firstRender, DOSSIER_MARKS.data, DOSSIER_MARKS.drawn);
}

/** Opening a family starts a new first render. */
export function resetDossierMeasure(): void {
  measured = false;
  performance.clearMarks(DOSSIER_MARKS.data);
  performance.clearMarks(DOSSIER_MARKS.drawn);
  performance.clearMeasures(DOSSIER_MARKS.firstRender);
}
