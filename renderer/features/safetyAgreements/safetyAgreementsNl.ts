import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of the veiligheidsafspraken (dossier and meeting mode). */
export const safetyAgreementsNl = {
  title: 'Veiligheidsafspraken',
  intro: 'Wat houdt het kind nu veilig? Wie doet wat, binnen enkele dagen.',
  loading: 'Veiligheidsafspraken laden…',
  missing_one: 'De zorg over {{names}} is acuut en er is nog geen veiligheidsafspraak voor dit kind. Leg eerst vast wat het kind nu veilig houdt: wie doet wat, binnen hoeveel dagen.',
  missing_other: 'De zorg over {{names}} is acuut en er zijn nog geen veiligheidsafspraken voor deze kinderen. Leg eerst vast wat de kinderen nu veilig houdt: wie doet wat, binnen hoeveel dagen.',
  notDiscussable: 'Nog niet als besproken te markeren: eerst veiligheidsafspraken voor {{names}}.',
  add: 'Veiligheidsafspraak toevoegen',
  none: 'Nog geen veiligheidsafspraken.',
  and: 'en',
  columns: { children: 'Voor', what: 'Wat houdt het kind nu veilig', owner: 'Wie', due: 'Uiterlijk', parents: 'Ouders', status: 'Status', actions: 'Acties' },
  due: {
    today: '{{date}} (vandaag)',
    ahead_one: '{{date}} (over {{count}} dag)',
    ahead_other: '{{date}} (over {{count}} dagen)',
    late_one: '{{date}} ({{count}} dag te laat)',
    late_other: '{{date}} ({{count}} dagen te laat)',
  },
  parents: {
    agreed: 'akkoord op {{date}}',
    notAgreed: 'nog niet akkoord',
  },
  status: { open: 'open', gedaan: 'gedaan' },
  markDone: 'Gedaan: {{what}}',
  reopen: 'Weer open: {{what}}',
  remove: 'Verwijderen: {{what}}',
  form: {
    title: 'Nieuwe veiligheidsafspraak',
    children: 'Voor welk kind',
    childrenRequired: 'Kies voor welk kind (of welke kinderen) de afspraak geldt.',
    acute: 'acuut',
    what: 'Wat houdt het kind nu veilig',
    whatRequired: 'Beschrijf wat het kind nu veilig houdt.',
    owner: 'Wie doet het',
    ownerRequired: 'Kies wie het doet.',
    days: 'Binnen hoeveel dagen',
    daysHint: 'In dagen, hoogstens 14 (standaard 3).',
    daysInvalid: 'Geef een aantal dagen van 0 tot en met 14: een veiligheidsafspraak gaat over nu.',
    parentsAgreement: 'Waarmee de ouders instemden',
    parentsAgreedOn: 'Ouders akkoord op',
    dateHint: 'dd-mm-jjjj; leeg als de ouders (nog) niet akkoord zijn',
    submit: 'Afspraak vastleggen',
    cancel: 'Annuleren',
    saved: 'Veiligheidsafspraak vastgelegd.',
  },
} as const;

export type SafetyAgreementsTranslation = TranslationOf<typeof safetyAgreementsNl>;
