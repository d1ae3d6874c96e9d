import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of the home screen: search, recent families and a new family; merged into `nl.ts` as `home`. */
export const homeNl = {
  title: 'Start',
  anonymous: 'anoniem',
  meetingsTitle: 'Overleggen',
  upcoming: 'Komende overleggen',
  next: {
    today: 'Vandaag:',
    later: 'Volgende overleg:',
    mode: 'Vergadermodus starten',
    modeFor: 'Vergadermodus starten: {{name}}, {{moment}}',
    open: 'Overleg openen',
    openFor: 'Overleg openen: {{name}}, {{moment}}',
  },
  noUpcoming: 'Er zijn geen overleggen gepland.',
  allMeetings: 'Alle overleggen',
  recent: 'Laatst bijgewerkte gezinnen',
  noRecent: 'Er zijn nog geen gezinnen in deze kluis.',
  search: {
    title: 'Gezin zoeken',
    label: 'Zoek een gezin',
    hint: 'Op naam van een gezinslid, school, organisatie of betrokken professional. Resultaten verschijnen terwijl je typt; kies met de pijltjestoetsen en Enter.',
    resultsLabel: 'Gevonden gezinnen',
    resultCount_one: '{{count}} gezin gevonden',
    resultCount_other: '{{count}} gezinnen gevonden',
    children: 'Kinderen: {{names}}',
    noChildren: 'Geen kinderen vastgelegd',
    schools: 'School: {{names}}',
    matchedOn: 'Gevonden op {{matched}}',
    field: {
      name: 'naam',
      school: 'school',
      organisation: 'organisatie',
      professional: 'betrokkene',
      several: 'meerdere velden',
    },
  },
  newFamily: {
    title: 'Nieuw gezin',
    name: 'Naam van het gezin',
    nameHint: 'Bijvoorbeeld: Gezin De Vries. Gebruik bij anoniem bespreken een code.',
    nameRequired: 'Vul de naam van het gezin in.',
    anonymous: 'Anoniem bespreken (geen toestemming voor bespreken met naam)',
    create: 'Gezin aanmaken',
  },
} as const;

export type HomeTranslation = TranslationOf<typeof homeNl>;
