import type { KindcheckByOthersTranslation } from './kindcheckByOthersNl';

/** English texts of Kindcheck by others; the type keeps the keys equal to Dutch. */
export const kindcheckByOthersEn: KindcheckByOthersTranslation = {
  title: 'Kindcheck by other organisations',
  intro:
    'Services working with adults (mental health, addiction care, debt counselling, housing association, probation) often do not know there are children. Until it is established that they know of the children and did a Kindcheck of their own, it is a blind spot.',
  listLabel: 'Open points: Kindcheck by other organisations',
  withPerson: 'with {{name}}',
  wholeFamily: 'with the whole family',
  blindSpot: 'Blind spot: not known whether {{organisation}} ({{who}}) knows of the children and did a Kindcheck of its own.',
  informeren:
    'Action point: {{organisation}} ({{who}}) does not know of the children. Inform them, preferably together with the parent and with consent, and ask for a Kindcheck of their own.',
  kindcheck_vragen: 'Action point: {{organisation}} ({{who}}) did no Kindcheck of its own. Ask them to do it and to report back.',
  recorded: 'Kindcheck by another organisation: knows of the children: {{knows}}; did its own Kindcheck: {{own}}.',
  established: 'Established on {{date}} by {{by}}.',
  answer: 'Record answer',
  answerFor: 'Record answer for {{organisation}} ({{who}})',
  formTitle: 'Kindcheck by {{organisation}} ({{who}})',
  knowsChildren: 'Does {{organisation}} know of the children?',
  ownKindcheck: 'Did {{organisation}} do a Kindcheck of its own?',
  establishedOn: 'Established on',
  establishedBy: 'Established by',
  establishedByHint: 'Name and how, for example: Fatima Yilmaz, asked the therapist by phone.',
  note: 'Short note (optional)',
  save: 'Save',
  cancel: 'Cancel',
  dateRequired: 'Fill in on which date this was established.',
  dateFuture: 'This date is in the future.',
  byRequired: 'Fill in who established this.',
  savedDone: 'Saved: {{organisation}} knows of the children and did a Kindcheck of its own.',
  savedOpen: 'Saved.',
  answerInDossier: 'You can answer in the dossier, above the tabs.',
} as const;
