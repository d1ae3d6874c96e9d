import type { Answer, JudgementInput, KindcheckRecord, TrailEntry } from '../../../../shared/instrument/assessmentRecords';
import { DEFAULT_INSTRUMENT } from '../../../../shared/instrument/defaultInstrument';
import type { AssessmentState } from '../../../../shared/instrument/evaluateAssessment';
import type { AnswerValue } from '../../../../shared/instrument/instrumentSchema';

/** Builders for assessment scenarios in tests: fictional people only. */
export const JOLIEN = { name: 'Jolien de Boer', discipline: 'JGZ' };
export const MARCO = { name: 'Marco Veenstra', discipline: 'wijkteam' };

export function answer(itemId: string, value: AnswerValue | null, extra: Partial<Answer> = {}): Answer {
  return { itemId, value, observer: JOLIEN, source: 'eigen_waarneming', date: '2026-03-02', note: '', owner: '', ...extra };
}

export const WITH_CHILDREN: KindcheckRecord = {
  childrenInHousehold: 'ja',
  children: [{ name: 'Fenna', age: 8, careBy: 'moeder', memberId: null }],
  pregnancy: 'nee',
  note: '',
};
export const NO_CHILDREN: KindcheckRecord = { childrenInHousehold: 'nee', children: [], pregnancy: 'nee', note: '' };
export const CHILDREN_UNKNOWN: KindcheckRecord = { childrenInHousehold: null, children: [], pregnancy: null, note: '' };

let seq = 0;
/** Question 4 answered "ja" comes with an agreed term and a casemanager, as the Meldcode asks. */
function agreedHelp(question: number, value: 'ja' | 'nee'): Pick<TrailEntry, 'term' | 'casemanager'> {
  return question === 4 && value === 'ja' ? { term: '2026-04-27', casemanager: 'Jolien de Vries (JGZ)' } : { term: null, casemanager: '' };
}

export function trailEntry(question: 1 | 2 | 3 | 4 | 5, value: 'ja' | 'nee', extra: Partial<TrailEntry> = {}): TrailEntry {
  seq += 1;
  const id = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
  return { id, professional: JOLIEN, question, answer: value, reasoning: 'besproken in het overleg', date: '2026-03-02', monitoring: '', ...agreedHelp(question, value), recordedBy: 'Noor Jansen', ...extra };
}

/** A trail for one professional from a list of answers to questions 1, 2, … in order. */
export function trail(values: ('ja' | 'nee')[], extra: Partial<TrailEntry> = {}): TrailEntry[] {
  return values.map((v, i) => trailEntry((i + 1) as 1 | 2 | 3 | 4 | 5, v, extra));
}

export function state(
  values: Record<string, AnswerValue | null>,
  options: { kindcheck?: KindcheckRecord; trail?: TrailEntry[]; judgement?: JudgementInput | null } = {},
): AssessmentState {
  return {
    instrument: DEFAULT_INSTRUMENT,
    answers: Object.entries(values).map(([id, v]) => answer(id, v)),
    kindcheck: options.kindcheck ?? WITH_CHILDREN,
    trail: options.trail ?? [],
    judgement: options.judgement ?? null,
  };
}

/** Every question answered "nee" (and the protective ticks "nee"), then the overrides. */
export function allNee(overrides: Record<string, AnswerValue | null> = {}): Record<string, AnswerValue | null> {
  const base: Record<string, AnswerValue | null> = {};
  for (const section of DEFAULT_INSTRUMENT.sections) for (const item of section.items) base[item.id] = 'nee';
  return { ...base, ...overrides };
}
