import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of a family's dossier: its heading and tabs; its own i18next namespace `dossier`. */
export const dossierNl = {
  back: 'Terug naar start',
  loading: 'Het dossier wordt geladen…',
  anonymousNote: 'Dit gezin wordt anoniem besproken.',
  tabsLabel: 'Onderdelen van het dossier',
  tabs: {
    overview: 'Overzicht',
    household: 'Gezin',
    involvement: 'Betrokkenen',
    consent: 'Toestemming',
    log: 'Logboek',
  },
  overview: {
    noteTitle: 'Notitie',
    note: 'Notitie',
    noteHint: 'Wordt vanzelf opgeslagen terwijl je typt.',
  },
  log: {
    title: 'Logboek van dit gezin',
  },
} as const;

export type DossierTranslation = TranslationOf<typeof dossierNl>;
