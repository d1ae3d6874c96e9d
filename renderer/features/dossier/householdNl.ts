import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of the household tab (who lives in the family, gezag); its own i18next namespace `household`. */
export const householdNl = {
  familyTitle: 'Gezin',
  displayName: 'Naam van het gezin',
  discussion: 'Bespreken',
  discussionHint: 'Anoniem als er geen toestemming is om het gezin met naam te bespreken.',
  named: 'Met naam',
  anonymous: 'Anoniem',
  groups: {
    children: 'Kinderen',
    parents: 'Ouders en verzorgers',
    others: 'Andere huisgenoten',
    expected: 'Verwacht kind',
  },
  empty: {
    children: 'Er zijn geen kinderen vastgelegd.',
    parents: 'Er zijn geen ouders of verzorgers vastgelegd.',
    others: 'Er zijn geen andere huisgenoten vastgelegd.',
    expected: 'Er is geen verwacht kind vastgelegd.',
  },
  givenName: 'Voornaam',
  familyName: 'Achternaam',
  birthDate: 'Geboortedatum',
  expectedDate: 'Verwachte geboortedatum',
  role: 'Rol in het gezin',
  school: 'School of kinderopvang',
  noSchool: 'Geen of onbekend',
  noSchools: 'Voeg scholen toe in de sociale kaart om er een te kunnen kiezen.',
  schoolGroup: 'Groep of klas',
  parentalAuthority: 'Heeft ouderlijk gezag',
  remove: '{{name}} uit het gezin verwijderen',
  add: {
    title: 'Gezinslid toevoegen',
    nameRequired: 'Vul de voornaam in.',
    submit: 'Gezinslid toevoegen',
  },
} as const;

export type HouseholdTranslation = TranslationOf<typeof householdNl>;
