import type { TranslationOf } from '../../i18n/translationOf';

/** Dutch texts of the involvement tab (who is involved, mandate, Verwijsindex); its own i18next namespace `involvement`. */
export const involvementNl = {
  currentTitle_one: '{{count}} betrokkene',
  currentTitle_other: '{{count}} betrokkenen',
  endedTitle_one: '{{count}} beëindigde betrokkenheid',
  endedTitle_other: '{{count}} beëindigde betrokkenheden',
  none: 'Er is nog niemand als betrokkene vastgelegd.',
  wholeFamily: 'Hele gezin',
  professional: 'Contactpersoon',
  organisationOnly: 'Alleen de organisatie',
  unknownOrganisation: 'onbekende organisatie',
  forWhom: 'Betrokken bij',
  role: 'Rol bij dit gezin',
  mandate: 'Kader',
  since: 'Betrokken sinds',
  lastContact: 'Laatste contact',
  legalBasis: 'Grondslag om dit te delen',
  endedAt: 'Beëindigd op',
  vir: 'Verwijsindex risicojongeren',
  virRegistered: 'Gemeld in de Verwijsindex',
  virDate: 'Datum van de melding',
  virBy: 'Gemeld door',
  remove: 'Betrokkenheid van {{name}} verwijderen',
  add: {
    title: 'Betrokkene toevoegen',
    who: 'Professional of organisatie',
    choose: 'Maak een keuze',
    organisationItself: '{{name}} (organisatie)',
    whoRequired: 'Kies een professional of organisatie uit de sociale kaart.',
    emptyDirectory: 'De sociale kaart is nog leeg. Voeg eerst organisaties en contactpersonen toe onder Sociale kaart.',
    submit: 'Betrokkene toevoegen',
  },
} as const;

export type InvolvementTranslation = TranslationOf<typeof involvementNl>;
