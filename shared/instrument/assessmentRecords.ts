import { z } from 'zod';
import { CalendarDayString } from '../domain/records';
import { ANSWER_VALUES } from './instrumentSchema';

/**
 * What is recorded during an assessment, as it crosses the IPC boundary and as the pure evaluation
 * reads it. Every answer says who brought it in (participant and discipline), from which source and
 * on which day, so the meeting can later see where a judgement came from.
 */
const shortText = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

export const RISK_LEVELS = ['laag', 'verhoogd', 'hoog', 'acuut'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RiskLevelSchema = z.enum(RISK_LEVELS);

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Where the information came from. */
export const ANSWER_SOURCES = ['eigen_waarneming', 'kind', 'ouder', 'dossier', 'andere_professional', 'overig'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export const Observer = z.object({
  name: shortText(160),
  discipline: shortText(120),
});
export type Observer = z.infer<typeof Observer>;

export const Answer = z.object({
  itemId: z.string().min(1).max(40),
  value: z.enum(ANSWER_VALUES).nullable(),
  observer: Observer,
  source: z.enum(ANSWER_SOURCES).nullable(),
  date: CalendarDayString.nullable(),
  note: shortText(4000),
  /** For a blind spot: who finds it out (empty: the item's suggested owner). */
  owner: shortText(160),
});
export type Answer = z.infer<typeof Answer>;

export const TRI_ANSWERS = ['ja', 'nee', 'onbekend'] as const;

export const KindcheckChild = z.object({
  name: shortText(160),
  /** Age in years; null when not known. */
  age: z.number().int().min(0).max(25).nullable(),
  /** Who shares the care (other parent, grandparents, foster carer…). */
  careBy: shortText(300),
  /** The household member this child is, when registered. */
  memberId: z.string().uuid().nullable(),
});
export type KindcheckChild = z.infer<typeof KindcheckChild>;

export const KindcheckRecord = z.object({
  /** Are there children in the household? Onbekend is a blind spot. */
  childrenInHousehold: z.enum(TRI_ANSWERS).nullable(),
  children: z.array(KindcheckChild).max(30),
  pregnancy: z.enum(TRI_ANSWERS).nullable(),
  note: shortText(4000),
});
export type KindcheckRecord = z.infer<typeof KindcheckRecord>;

export const EMPTY_KINDCHECK: KindcheckRecord = { childrenInHousehold: null, children: [], pregnancy: null, note: '' };

/** The five questions of the afwegingskader, in order. */
export const AFWEGING_QUESTIONS = [1, 2, 3, 4, 5] as const;
export type AfwegingQuestion = (typeof AFWEGING_QUESTIONS)[number];

export const TrailEntry = z.object({
  id: z.string().uuid(),
  professional: Observer,
  question: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  answer: z.enum(['ja', 'nee']),
  reasoning: shortText(4000),
  date: CalendarDayString,
  /** Only meaningful on question 5 answered "ja": the agreements on monitoring safety after closing. */
  monitoring: shortText(4000),
  /** Only on question 4 answered "ja": the agreed day by which the help must show results… */
  term: CalendarDayString.nullable().default(null),
  /** …and the casemanager who watches the help and answers question 5. */
  casemanager: shortText(160).default(''),
  recordedBy: z.string(),
});
export type TrailEntry = z.infer<typeof TrailEntry>;

export const ParticipantScale = z.object({
  participant: Observer,
  /** 0 = the child is not safe at all, 10 = safe enough to close the case. */
  scale: z.number().int().min(0).max(10),
});
export type ParticipantScale = z.infer<typeof ParticipantScale>;

export const JudgementInput = z.object({
  /** The meeting's judgement of safety now and of risk in the future. */
  now: RiskLevelSchema,
  future: RiskLevelSchema,
  /** Required (non-empty) when either level is below the computed level. */
  reason: shortText(4000),
  scales: z.array(ParticipantScale).max(50),
  date: CalendarDayString,
});
export type JudgementInput = z.infer<typeof JudgementInput>;

export const Judgement = JudgementInput.extend({
  computedNow: RiskLevelSchema,
  computedFuture: RiskLevelSchema,
  decidedBy: z.string(),
});
export type Judgement = z.infer<typeof Judgement>;
