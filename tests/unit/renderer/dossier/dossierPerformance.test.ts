import { afterEach, describe, expect, it } from 'vitest';
import { DOSSIER_MARKS, markDossierData, markDossierDrawn, resetDossierMeasure } from '../../../../renderer/features/dossier/dossierPerformance';

/** The bench reads casustafel:dossier:first-render: one measure per opening, never one without data. */
const measures = () => performance.getEntriesByName(DOSSIER_MARKS.firstRender, 'measure');
afterEach(() => resetDossierMeasure());

describe('prestatiemarkeringen van het dossier', () => {
  it('meet pas als de gegevens er zijn, en één keer per geopend gezin', () => {
    resetDossierMeasure();
    markDossierDrawn();
    expect(measures()).toHaveLength(0);
    markDossierData();
    markDossierDrawn();
    markDossierData(); // a reload after a save
    markDossierDrawn();
    expect(measures()).toHaveLength(1);
  });

  it('een nieuw gezin openen begint een nieuwe meting', () => {
    resetDossierMeasure();
    markDossierData();
    markDossierDrawn();
    resetDossierMeasure();
    expect(measures()).toHaveLength(0);
    markDossierData();
    markDossierDrawn();
    expect(measures()).toHaveLength(1);
  });
});
