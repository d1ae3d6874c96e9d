import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of Kindcheck by others (the dossier header and meeting mode); its own i18next namespace `kindcheckByOthers`. */
export const kindcheckByOthersNl = {
  title: 'Kindcheck door andere organisaties',
  intro:
    'Wie met volwassenen werkt (GGZ, verslavingszorg, schuldhulp, woningcorporatie, reclassering) weet vaak niet dat er kinderen zijn. Zolang niet vaststaat dat zij van de kinderen weten én zelf een Kindcheck deden, is dat een blinde vlek.',
  listLabel: 'Open punten Kindcheck door andere organisaties',
  withPerson: 'bij {{name}}',
  wholeFamily: 'bij het hele gezin',
  blindSpot: 'Blinde vlek: niet bekend of {{organisation}} ({{who}}) van de kinderen weet en een eigen Kindcheck heeft gedaan.',
  informeren:
    'Actiepunt: {{organisation}} ({{who}}) weet niet van de kinderen. Informeer hen, bij voorkeur samen met de ouder en met toestemming, en vraag om een eigen Kindcheck.',
  kindcheck_vragen: 'Actiepunt: {{organisation}} ({{who}}) heeft geen eigen Kindcheck gedaan. Vraag hen de Kindcheck te doen en de uitkomst terug te koppelen.',
  recorded: 'Kindcheck door andere organisatie: weet van de kinderen: {{knows}}; eigen Kindcheck gedaan: {{own}}.',
  established: 'Vastgesteld op {{date}} door {{by}}.',
  answer: 'Antwoord vastleggen',
  answerFor: 'Antwoord vastleggen voor {{organisation}} ({{who}})',
  formTitle: 'Kindcheck door {{organisation}} ({{who}})',
  knowsChildren: 'Weet {{organisation}} van de kinderen?',
  ownKindcheck: 'Heeft {{organisation}} een eigen Kindcheck gedaan?',
  establishedOn: 'Vastgesteld op',
  establishedBy: 'Door wie vastgesteld',
  establishedByHint: 'Naam en hoe, bijvoorbeeld: Fatima Yilmaz, telefonisch nagevraagd bij de behandelaar.',
  note: 'Korte toelichting (niet verplicht)',
  save: 'Opslaan',
  cancel: 'Annuleren',
  dateRequired: 'Vul in op welke datum dit is vastgesteld.',
  dateFuture: 'Deze datum ligt in de toekomst.',
  byRequired: 'Vul in wie dit heeft vastgesteld.',
  savedDone: 'Opgeslagen: {{organisation}} weet van de kinderen en deed een eigen Kindcheck.',
  savedOpen: 'Opgeslagen.',
  answerInDossier: 'Beantwoorden kan in het dossier, boven de tabbladen.',
} as const;

export type KindcheckByOthersTranslation = TranslationOf<typeof kindcheckByOthersNl>;
