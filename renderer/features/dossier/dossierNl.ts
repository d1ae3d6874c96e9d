import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of a family's dossier: its heading and tabs; its own i18next namespace `dossier`. */
export const dossierNl = {
  back: 'Terug naar start',
  loading: 'Het dossier wordt geladen…',
  tabsLabel: 'Onderdelen van het dossier',
  partsLabel: 'Onderdelen van {{group}}',
  tabGroups: {
    family: 'Gezin en betrokkenen',
    decisions: 'Besluiten en plan',
    sharing: 'Delen en privacy',
  },
  header: {
    anonymous: 'anoniem besproken',
    children: 'Kinderen en hun zorgniveau',
    facts: 'Stand van zaken',
    age_one: '{{count}} jaar',
    age_other: '{{count}} jaar',
    expected: 'verwacht',
    notAssessed: 'niet getaxeerd',
    regisseur: 'Regie',
    eigenRegie: 'Eigen regie van het gezin',
    noRegie: 'Geen regisseur',
    open_one: '{{count}} actie open',
    open_other: '{{count}} acties open',
    overdue_one: '{{count}} actie te laat',
    overdue_other: '{{count}} acties te laat',
    consentComplete: 'Toestemming compleet',
    consentMissing: 'Toestemming niet compleet voor {{names}}',
    consentNoChildren: 'Geen kinderen vastgelegd',
    basisEnds: 'grondslag loopt af op {{date}}',
    nextMeeting: 'Volgend overleg {{moment}}',
    noNextMeeting: 'Geen overleg gepland',
  },
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
