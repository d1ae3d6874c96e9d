import type { DossierTranslation } from './dossierNl';

/** English texts of a family's dossier: its heading and tabs; the type keeps the keys equal to Dutch. */
export const dossierEn: DossierTranslation = {
  back: 'Back to start',
  loading: 'Loading the file…',
  anonymousNote: 'This family is discussed anonymously.',
  tabsLabel: 'Parts of the family file',
  tabs: {
    overview: 'Overview',
    household: 'Household',
    involvement: 'Involved',
    consent: 'Consent',
    log: 'Log',
  },
  overview: {
    noteTitle: 'Note',
    note: 'Note',
    noteHint: 'Saved automatically while you type.',
  },
  log: {
    title: 'Log of this family',
  },
};
