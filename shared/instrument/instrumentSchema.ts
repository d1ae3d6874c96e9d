import { z } from 'zod';

/**
 * A risk instrument is versioned data, not code: sections, items, answer types, help texts and the
 * rules the evaluation applies. The default "Casustafel basis" and an organisation's own instrument
 * are both validated by this schema; an assessment keeps the exact version it was filled in with.
 * Messages are Dutch: they are shown to the person importing an instrument.
 */

/** Answers to a question: ja / nee / onbekend (a blind spot) / n.v.t. */
export const ANSWER_VALUES = ['ja', 'nee', 'onbekend', 'nvt'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/**
 * How an item is answered. `jno` is ja/nee/onbekend/n.v.t.; `vink` is a protective factor that is
 * ticked (ja) or not (nee) with free text.
 */
export const ANSWER_TYPES = ['jno', 'vink'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/**
 * What a "ja" on an item means for the rules:
 * - `acuut`: acute or structural unsafety → reporting is the professional norm;
 * - `kind`: a signal seen in or told by the child;
 * - `ouder`: a parent or home signal (the Kindcheck triggers);
 * - `risico`: another risk factor that counts towards accumulation;
 * - `beschermend`: a protective factor (never a risk).
 */
export const SIGNAL_KINDS = ['acuut', 'kind', 'ouder', 'risico', 'beschermend'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * The role of a section in the assessment. Question sections hold items; the others are built-in
 * parts of every assessment (the Kindcheck record, the computed accumulation, the afwegingskader
 * trail and the judgement) that an instrument places and explains with its own title and help text.
 */
export const SECTION_ROLES = ['vragen', 'kindcheck', 'stapeling', 'afwegingskader', 'oordeel'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} ontbreekt of is geen tekst` })
    .trim()
    .min(1, `${label} mag niet leeg zijn`)
    .max(max, `${label} is te lang (maximaal ${max} tekens)`);
const helpText = z.string({ message: 'hulptekst is geen tekst' }).trim().max(2000, 'hulptekst is te lang (maximaal 2000 tekens)');
const code = (label: string) =>
  z
    .string({ message: `${label} ontbreekt` })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, `${label} mag alleen letters, cijfers, punt, streep en liggend streepje bevatten (maximaal 40 tekens)`);

export const InstrumentItem = z.object({
  id: code('vraagcode'),
  text: text('vraagtekst', 400),
  help: helpText.default(''),
  answerType: z.enum(ANSWER_TYPES, { message: 'antwoordsoort moet "jno" of "vink" zijn' }).default('jno'),
  signal: z.enum(SIGNAL_KINDS, { message: `signaalsoort moet een van ${SIGNAL_KINDS.join(', ')} zijn` }),
  /** Which discipline usually knows the answer: the suggested owner when it is a blind spot. */
  suggestedOwner: z.string().trim().max(80, 'voorgestelde eigenaar is te lang (maximaal 80 tekens)').default(''),
  /**
   * The code of another item that records the same fact from another angle (a child who witnesses
   * violence between adults, and violence between adults at home): both count as one risk factor
   * for accumulation, while each keeps its own meaning for the other rules.
   */
  sameFactAs: code('code van de vraag met hetzelfde feit').optional(),
  /**
   * A "ja" means the child itself needs care today, as when it threatens suicide or speaks of wanting
   * to die: the huisarts or the GGZ crisis service the same day. That is urgent care, not a reason to
   * report to Veilig Thuis, so only a child signal can carry it (an adult's threat of violence is
   * an `acuut` item).
   */
  urgentCare: z.boolean({ message: 'spoedzorg moet true of false zijn' }).optional(),
});
export type InstrumentItem = z.infer<typeof InstrumentItem>;

export const InstrumentSection = z.object({
  id: code('sectiecode'),
  title: text('sectietitel', 120),
  help: helpText.default(''),
  role: z.enum(SECTION_ROLES, { message: `sectierol moet een van ${SECTION_ROLES.join(', ')} zijn` }),
  items: z.array(InstrumentItem, { message: 'vragen moeten een lijst zijn' }).max(80, 'een sectie heeft maximaal 80 vragen').default([]),
});
export type InstrumentSection = z.infer<typeof InstrumentSection>;

export const InstrumentRules = z.object({
  /** Risk accumulation is flagged when MORE than this many risk factors are answered "ja". */
  accumulationThreshold: z
    .number({ message: 'drempel voor stapeling moet een getal zijn' })
    .int('drempel voor stapeling moet een heel getal zijn')
    .min(1, 'drempel voor stapeling is minimaal 1')
    .max(50, 'drempel voor stapeling is maximaal 50')
    .default(3),
});
export type InstrumentRules = z.infer<typeof InstrumentRules>;

const ONE_OF_EACH: readonly SectionRole[] = ['kindcheck', 'stapeling', 'afwegingskader', 'oordeel'];

export const Instrument = z
  .object({
    /** Stable key across versions, e.g. "casustafel-basis". */
    key: code('instrumentcode'),
    name: text('naam van het instrument', 120),
    version: z.number({ message: 'versie moet een getal zijn' }).int('versie moet een heel getal zijn').min(1, 'versie is minimaal 1').max(10_000, 'versie is te hoog'),
    organisation: z.string().trim().max(200, 'organisatie is te lang (maximaal 200 tekens)').default(''),
    description: helpText.default(''),
    sections: z.array(InstrumentSection, { message: 'secties moeten een lijst zijn' }).min(1, 'een instrument heeft minstens één sectie').max(30, 'een instrument heeft maximaal 30 secties'),
    rules: InstrumentRules.default({ accumulationThreshold: 3 }),
  })
  .superRefine((instrument, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const sectionIds = new Set<string>();
    const itemIds = new Set<string>();
    for (const section of instrument.sections) {
      if (sectionIds.has(section.id)) problem(`sectiecode "${section.id}" komt meer dan eens voor`);
      sectionIds.add(section.id);
      if (section.role === 'vragen' && section.items.length === 0) problem(`sectie "${section.title}" heeft geen vragen`);
      if (section.role !== 'vragen' && section.items.length > 0) problem(`sectie "${section.title}" (${section.role}) mag geen vragen bevatten`);
      for (const item of section.items) {
        if (itemIds.has(item.id)) problem(`vraagcode "${item.id}" komt meer dan eens voor`);
        itemIds.add(item.id);
        if (item.answerType === 'vink' && item.signal !== 'beschermend') problem(`vraag "${item.id}": een vinkje is alleen voor beschermende factoren`);
        if (item.urgentCare === true && item.signal !== 'kind') problem(`vraag "${item.id}": spoedzorg vandaag kan alleen bij een signaal bij het kind (signaalsoort "kind")`);
      }
    }
    for (const role of ONE_OF_EACH) {
      const count = instrument.sections.filter((s) => s.role === role).length;
      if (count !== 1) problem(`het instrument moet precies één sectie met rol "${role}" hebben (nu ${count})`);
    }
    const items = instrument.sections.flatMap((s) => s.items);
    for (const item of items) {
      if (item.sameFactAs === undefined) continue;
      const partner = items.find((i) => i.id === item.sameFactAs);
      if (item.sameFactAs === item.id) problem(`vraag "${item.id}": kan niet hetzelfde feit zijn als zichzelf`);
      else if (!partner) problem(`vraag "${item.id}": vraag "${item.sameFactAs}" (hetzelfde feit) bestaat niet`);
      else if (partner.sameFactAs !== undefined) problem(`vraag "${item.id}": vraag "${partner.id}" verwijst zelf al naar een andere vraag`);
    }
    // The rules of the Meldcode and the Kindcheck need these questions to mean anything.
    if (!items.some((i) => i.signal === 'acuut')) problem('het instrument mist vragen naar acute of structurele onveiligheid (signaalsoort "acuut")');
    if (!items.some((i) => i.signal === 'kind')) problem('het instrument mist vragen naar signalen bij het kind (signaalsoort "kind")');
    if (!items.some((i) => i.signal === 'ouder')) problem('het instrument mist vragen naar signalen bij ouders of thuis (signaalsoort "ouder", de Kindcheck)');
  });
export type Instrument = z.infer<typeof Instrument>;
/** What an instrument file may contain before defaults are applied. */
export type InstrumentInput = z.input<typeof Instrument>;

type ItemWithSection = { item: InstrumentItem; section: InstrumentSection };
/** Instruments are immutable once parsed, so the flat item list is computed once per instrument. */
const itemLists = new WeakMap<Instrument, readonly ItemWithSection[]>();

export function instrumentItems(instrument: Instrument): readonly ItemWithSection[] {
  const cached = itemLists.get(instrument);
  if (cached) return cached;
  const items = instrument.sections.flatMap((section) => section.items.map((item) => ({ item, section })));
  itemLists.set(instrument, items);
  return items;
}
