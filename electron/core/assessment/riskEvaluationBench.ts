import { performance } from 'node:perf_hooks';
import type { Answer, TrailEntry } from '../../../shared/instrument/assessmentRecords';
import { DEFAULT_INSTRUMENT } from '../../../shared/instrument/defaultInstrument';
import { evaluateAssessment, type AssessmentState } from '../../../shared/instrument/evaluateAssessment';
import { ANSWER_VALUES, instrumentItems } from '../../../shared/instrument/instrumentSchema';
import { SeededRandom } from '../generator/seededRandom';

/**
 * Bench hook for `npm run bench`: evaluates `count` varied, fully answered assessments of the
 * default instrument (answers, a Kindcheck, a three-professional afwegingskader trail and a
 * judgement with scales) and reports the time. Inputs are built before timing starts.
 */
export interface RiskEvaluationTiming {
  count: number;
  totalMs: number;
  perAssessmentMs: number;
  /** Sum of flags raised, so the work cannot be optimised away and runs compare like for like. */
  flags: number;
}

export function buildRiskEvaluationInputs(count: number, seed = 4): AssessmentState[] {
  const rng = new SeededRandom(seed);
  const random = () => rng.next();
  const items = instrumentItems(DEFAULT_INSTRUMENT);
  const pick = <T>(list: readonly T[]): T => rng.pick(list);
  const people = [
    { name: 'Ilse Wiersma', discipline: 'JGZ' },
    { name: 'Sanne de Wit', discipline: 'school' },
    { name: 'Ruben Kuipers', discipline: 'wijkteam' },
  ];
  return Array.from({ length: count }, (_, n) => {
    const answers: Answer[] = items.map(({ item }) => ({
      itemId: item.id,
      value: item.answerType === 'vink' ? pick(['ja', 'nee'] as const) : random() < 0.7 ? 'nee' : pick(ANSWER_VALUES),
      observer: pick(people),
      source: 'eigen_waarneming',
      date: '2026-11-28',
      note: '',
      owner: '',
    }));
    const trail: TrailEntry[] = people.flatMap((professional, p) =>
      ([1, 2, 3, 4, 5] as const).slice(0, 1 + ((n + p) % 5)).map((question) => ({
        id: `00000000-0000-4000-8000-${String(n * 10 + p * 5 + question).padStart(12, '0')}`,
        professional,
        question,
        answer: question === 2 ? 'nee' : pick(['ja', 'nee'] as const),
        reasoning: 'besproken',
        date: '2026-11-28',
        monitoring: question === 5 ? 'JGZ volgt' : '',
        term: question === 4 ? '2026-12-28' : null,
        casemanager: question === 4 ? 'wijkteam' : '',
        recordedBy: 'bench',
      })),
    );
    return {
      instrument: DEFAULT_INSTRUMENT,
      answers,
      kindcheck: { childrenInHousehold: 'ja', children: [{ name: 'Kind', age: 7, careBy: '', memberId: null }], pregnancy: 'nee', note: '' },
      trail,
      judgement: {
        now: pick(['laag', 'verhoogd', 'hoog', 'acuut'] as const),
        future: 'verhoogd',
        reason: n % 2 === 0 ? 'reden' : '',
        scales: people.map((participant) => ({ participant, scale: Math.floor(random() * 11) })),
        date: '2026-11-28',
      },
    };
  });
}

export function timeRiskEvaluation(count = 1000, seed = 4): RiskEvaluationTiming {
  const inputs = buildRiskEvaluationInputs(count, seed);
  let flags = 0;
  const start = performance.now();
  for (const input of inputs) flags += evaluateAssessment(input).flags.length;
  const totalMs = performance.now() - start;
  return { count, totalMs, perAssessmentMs: totalMs / Math.max(1, count), flags };
}
