import { Instrument, type InstrumentInput } from './instrumentSchema';

/**
 * "Casustafel basis" version 1, as released: assessments filled in with it keep pointing at it. Its
 * structure follows the public frames (Meldcode and afwegingskader, the Kindcheck, the Richtlijn
 * Kindermishandeling and the Verwijsindex risk grounds); every question is written here in our own
 * words. Texts of licensed instruments such as LIRIK or DASH are deliberately not used: an
 * organisation that holds such a licence can import its own instrument.
 *
 * Never edit a released version: publish a new `version` instead, because stored assessments keep
 * pointing at the exact version they were filled in with.
 */
export const INSTRUMENT_V1_INPUT: InstrumentInput = {
  key: 'casustafel-basis',
  name: 'Casustafel basis',
  version: 1,
  organisation: 'Casustafel',
  description:
    'Vaste risicotaxatie voor het casusoverleg: dezelfde vragen voor ieder kind. Onbekend is een blinde vlek, geen nee.',
  rules: { accumulationThreshold: 3 },
  sections: [
    {
      id: 'A',
      title: 'Veiligheid nu',
      role: 'vragen',
      help: 'Acute of structurele onveiligheid. Eén keer ja betekent: melden bij Veilig Thuis is de professionele norm, en het overleg neemt een besluit.',
      items: [
        { id: 'A1', signal: 'acuut', text: 'Loopt het kind nu of binnen korte tijd gevaar voor lijf of leven?', suggestedOwner: 'Veilig Thuis', help: 'Denk aan dreiging met geweld, een gevaarlijke situatie thuis of een ouder die niet voor het kind kan zorgen.' },
        { id: 'A2', signal: 'acuut', text: 'Is er sprake van onveiligheid die zich herhaalt of al lang duurt (geweld, verwaarlozing, mishandeling)?', suggestedOwner: 'wijkteam' },
        { id: 'A3', signal: 'acuut', text: 'Is er een vermoeden van seksueel misbruik of seksuele uitbuiting?', suggestedOwner: 'Veilig Thuis' },
        { id: 'A4', signal: 'acuut', text: 'Maakt het kind geweld tussen volwassenen in huis mee, of raakt het daarbij betrokken?', suggestedOwner: 'politie' },
        { id: 'A5', signal: 'acuut', text: 'Schiet de basiszorg ernstig tekort (eten, onderdak, medische zorg, toezicht)?', suggestedOwner: 'JGZ' },
        { id: 'A6', signal: 'acuut', text: 'Is er gedreigd met zelfdoding of met ernstig geweld door het kind of een gezinslid?', suggestedOwner: 'huisarts' },
      ],
    },
    {
      id: 'B',
      title: 'Signalen bij het kind',
      role: 'vragen',
      help: 'Wat is bij het kind gezien of van het kind gehoord? Leg bij ieder antwoord vast wie het zag en wanneer.',
      items: [
        { id: 'B1', signal: 'kind', text: 'Lichamelijke signalen: letsel zonder passende verklaring, groei die achterblijft, zichtbaar gebrek aan verzorging.', suggestedOwner: 'JGZ' },
        { id: 'B2', signal: 'kind', text: 'Emotionele signalen: angst, somberheid, teruggetrokken of schrikachtig gedrag.', suggestedOwner: 'school' },
        { id: 'B3', signal: 'kind', text: 'Gedragssignalen: plotselinge verandering, agressie, grensoverschrijdend of seksueel getint gedrag.', suggestedOwner: 'school' },
        { id: 'B4', signal: 'kind', text: 'Ontwikkeling: achterstand of stilstand in taal, leren, motoriek of sociaal contact.', suggestedOwner: 'JGZ' },
        { id: 'B5', signal: 'kind', text: 'Schoolgang en opvang: veel verzuim, vaak te laat, niet opgehaald of zonder eten op school.', suggestedOwner: 'school' },
        { id: 'B6', signal: 'kind', text: 'Heeft het kind zelf verteld over zorgen of onveiligheid thuis?', suggestedOwner: 'school', help: 'Leg vast wat het kind zei, in de woorden van het kind, en tegen wie.' },
      ],
    },
    {
      id: 'C',
      title: 'Signalen bij ouders en thuis',
      role: 'vragen',
      help: 'De Kindcheck: problemen van ouders zijn een risico voor het kind, ook als aan het kind (nog) niets te zien is.',
      items: [
        { id: 'C1', signal: 'ouder', text: 'Heeft een ouder of verzorger psychische problemen?', suggestedOwner: 'huisarts' },
        { id: 'C2', signal: 'ouder', text: 'Gebruikt een ouder of verzorger op een problematische manier alcohol, drugs of gokt die?', suggestedOwner: 'verslavingszorg' },
        { id: 'C3', signal: 'ouder', text: 'Is er geweld of dreiging tussen de volwassenen in huis?', suggestedOwner: 'politie' },
        { id: 'C4', signal: 'ouder', text: 'Zijn er schulden of ernstige geldzorgen?', suggestedOwner: 'schuldhulp' },
        { id: 'C5', signal: 'ouder', text: 'Dreigt huisuitzetting of verlies van de woning?', suggestedOwner: 'woningcorporatie' },
        { id: 'C6', signal: 'ouder', text: 'Is er een zware relatiecrisis of een conflictscheiding waar het kind tussen staat?', suggestedOwner: 'wijkteam' },
        { id: 'C7', signal: 'ouder', text: 'Heeft een ouder een ernstige of langdurige ziekte of beperking die de zorg voor het kind raakt?', suggestedOwner: 'huisarts' },
        { id: 'C8', signal: 'ouder', text: 'Houden ouders hulp of contact af (zorgmijding)?', suggestedOwner: 'wijkteam' },
        { id: 'C9', signal: 'risico', text: 'Heeft het gezin weinig of geen steunend netwerk (sociaal isolement)?', suggestedOwner: 'wijkteam' },
        { id: 'C10', signal: 'risico', text: 'Is er contact met politie of justitie, of zit een gezinslid vast?', suggestedOwner: 'politie' },
      ],
    },
    {
      id: 'D',
      title: 'Kindcheck',
      role: 'kindcheck',
      help: 'Welke kinderen wonen in het huishouden, hoe oud zijn ze, wie zorgt er mee, en is er een zwangerschap?',
      items: [],
    },
    {
      id: 'E',
      title: 'Beschermende factoren',
      role: 'vragen',
      help: 'Wat gaat goed? Vink aan wat er is en beschrijf het kort. Beschermende factoren verlagen het berekende niveau niet.',
      items: [
        { id: 'E1', signal: 'beschermend', answerType: 'vink', text: 'Er is een ouder of andere volwassene bij wie het kind veilig is en op wie het kan rekenen.' },
        { id: 'E2', signal: 'beschermend', answerType: 'vink', text: 'Ouders zien de zorgen en werken mee aan hulp.' },
        { id: 'E3', signal: 'beschermend', answerType: 'vink', text: 'Het gezin heeft een netwerk dat steunt (familie, buren, vrienden, kerk of vereniging).' },
        { id: 'E4', signal: 'beschermend', answerType: 'vink', text: 'Het kind heeft buiten huis een vaste volwassene die het vertrouwt (leerkracht, trainer, oppas).' },
        { id: 'E5', signal: 'beschermend', answerType: 'vink', text: 'Er zijn al afspraken over veiligheid die werken (een veiligheidsplan).' },
      ],
    },
    {
      id: 'F',
      title: 'Stapeling van risico’s',
      role: 'stapeling',
      help: 'Berekend: meer dan drie risicofactoren tegelijk is een advies om extra alert te zijn, ook als geen enkele factor op zich ernstig lijkt.',
      items: [],
    },
    {
      id: 'G',
      title: 'Afwegingskader',
      role: 'afwegingskader',
      help: 'Per professional de vijf vragen van het afwegingskader, op volgorde, met onderbouwing, wie en wanneer.',
      items: [],
    },
    {
      id: 'H',
      title: 'Oordeel',
      role: 'oordeel',
      help: 'Veiligheid nu en risico in de toekomst. Ieders schaalscore (0 = onveilig, 10 = voldoende veilig) blijft apart bewaard. Het oordeel mag het berekende niveau verhogen; verlagen kan alleen met een geschreven reden.',
      items: [],
    },
  ],
};

export const INSTRUMENT_V1: Instrument = Instrument.parse(INSTRUMENT_V1_INPUT);

type SectionInput = InstrumentInput['sections'][number];
type ItemInput = NonNullable<SectionInput['items']>[number];

/**
 * Version 2 differs from version 1 in exactly these places:
 * - the Kindcheck includes a detained parent (C11, a parent signal), as the published Kindcheck
 *   list does; C10 keeps only contact with police or justice;
 * - C3 (violence between adults) and A4 (the child witnesses violence between adults) are one fact
 *   for accumulation;
 * - section A is named for what it asks (acute or structural unsafety), and the judgement's help
 *   speaks of concern for safety now, so no level reads as "safe".
 */
const VERSION_2_ITEMS: Record<string, (item: ItemInput) => ItemInput[]> = {
  C3: (item) => [{ ...item, sameFactAs: 'A4', help: 'Telt voor de stapeling samen met A4 als één risicofactor.' }],
  C10: (item) => [
    { ...item, text: 'Is er contact met politie of justitie rond het gezin?' },
    { id: 'C11', signal: 'ouder', text: 'Zit een ouder of verzorger vast (detentie), of komt die binnenkort vrij?', suggestedOwner: 'reclassering' },
  ],
};
const VERSION_2_SECTIONS: Record<string, Partial<SectionInput>> = {
  A: { title: 'Acute of structurele onveiligheid' },
  G: {
    help: 'Per professional de twee beslissingen van de Meldcode: is melden noodzakelijk (vraag 1 en 2), en is hulp (ook) mogelijk (vraag 3 tot en met 5)? Op volgorde, met onderbouwing, wie en wanneer. Na een melding beantwoordt de professional vraag 3 tot en met 5 samen met Veilig Thuis.',
  },
  H: {
    help: 'Zorg om de veiligheid nu en risico in de toekomst. Ieders schaalscore (0 = onveilig, 10 = voldoende veilig) blijft apart bewaard. Het oordeel mag het berekende niveau verhogen; verlagen kan alleen met een geschreven reden.',
  },
};

/** "Casustafel basis" version 2, as released: assessments filled in with it keep pointing at it. */
export const INSTRUMENT_V2_INPUT: InstrumentInput = {
  ...INSTRUMENT_V1_INPUT,
  version: 2,
  sections: INSTRUMENT_V1_INPUT.sections.map((section) => ({
    ...section,
    ...VERSION_2_SECTIONS[section.id],
    items: (section.items ?? []).flatMap((item) => VERSION_2_ITEMS[item.id]?.(item) ?? [item]),
  })),
};

export const INSTRUMENT_V2: Instrument = Instrument.parse(INSTRUMENT_V2_INPUT);

/**
 * Version 3 differs from version 2 in exactly these places:
 * - A6 asks only about a threat of serious violence by a family member or another adult. A child's
 *   own suicide threat is not acute or structural unsafety in the sense of the Meldcode, and a "ja"
 *   on A6 made reporting the professional norm. An adult who threatens to take the child with them
 *   in their own death (extended suicide) threatens the child's life: that is violence toward the
 *   child and stays in A6. Its suggested owner is Veilig Thuis instead of the huisarts.
 * - B7 (new) asks about the child's own suicide threat or suicidal statements. It is a child signal
 *   marked `urgentCare`: a "ja" calls for care the same day (huisarts, GGZ-crisisdienst), and puts
 *   that care on the list of required topics, without a report to Veilig Thuis.
 */
const VERSION_3_ITEMS: Record<string, (item: ItemInput) => ItemInput[]> = {
  A6: (item) => [
    {
      ...item,
      text: 'Heeft een gezinslid of een andere volwassene gedreigd met ernstig geweld, ook met zelfdoding samen met het kind?',
      suggestedOwner: 'Veilig Thuis',
      help: 'Een volwassene die dreigt het kind mee te nemen in de eigen dood, bedreigt het leven van het kind: dat is geweld tegen het kind. Dreigt het kind zelf met zelfdoding, dan is dat B7: spoedzorg vandaag, geen melding.',
    },
  ],
  B6: (item) => [
    item,
    {
      id: 'B7',
      signal: 'kind',
      urgentCare: true,
      text: 'Heeft het kind zelf gezegd dat het dood wil of niet meer wil leven, of gedreigd met zelfdoding?',
      suggestedOwner: 'huisarts',
      help: 'Ja betekent: vandaag nog zorg via de huisarts of de GGZ-crisisdienst, en vastleggen wie dat regelt. Het is geen reden om te melden bij Veilig Thuis; dreigt een volwassene met geweld, dan is dat A6.',
    },
  ],
};

/** "Casustafel basis" version 3: the default for every new assessment. */
export const INSTRUMENT_V3_INPUT: InstrumentInput = {
  ...INSTRUMENT_V2_INPUT,
  version: 3,
  sections: INSTRUMENT_V2_INPUT.sections.map((section) => ({
    ...section,
    items: (section.items ?? []).flatMap((item) => VERSION_3_ITEMS[item.id]?.(item) ?? [item]),
  })),
};

export const INSTRUMENT_V3: Instrument = Instrument.parse(INSTRUMENT_V3_INPUT);

/** The newest released version; migrations name their exact version instead. */
export const DEFAULT_INSTRUMENT_INPUT = INSTRUMENT_V3_INPUT;
export const DEFAULT_INSTRUMENT = INSTRUMENT_V3;
