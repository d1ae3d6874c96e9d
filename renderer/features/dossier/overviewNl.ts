import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of the who-with-whom overview tab; its own i18next namespace `overview`. */
export const overviewNl = {
  householdTitle: 'Het gezin',
  noMembers: 'Er zijn nog geen gezinsleden vastgelegd. Voeg ze toe op het tabblad Gezin.',
  expected: 'verwacht {{date}}',
  authority: 'gezag',
  group: 'groep {{group}}',
  matrixTitle: 'Wie is betrokken bij wie',
  person: 'Wie',
  notInvolved: 'niemand betrokken',
  nobodyInvolved: 'Bij {{name}} is niemand betrokken.',
  onlyThroughFamily: 'Bij {{name}} is niemand persoonlijk betrokken; wel iemand bij het hele gezin.',
  nobodyAtAll: 'Er is nog niemand als betrokkene vastgelegd.',
  organisationOnly: 'organisatie',
  vir: 'Verwijsindex: {{value}}',
  consentTitle: 'Toestemming',
  meetingsTitle: 'Besproken in overleggen',
  noMeetings: 'Dit gezin stond nog niet op de agenda van een overleg.',
} as const;

export type OverviewTranslation = TranslationOf<typeof overviewNl>;
