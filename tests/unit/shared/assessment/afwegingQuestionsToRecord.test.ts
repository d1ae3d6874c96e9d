import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTrail, questionsToRecord } from '../../../../shared/instrument/afwegingskader';
import type { AfwegingQuestion, TrailEntry } from '../../../../shared/instrument/assessmentRecords';

const professional = { name: 'Ruben Kuipers', discipline: 'wijkteam' };
const entry = (question: AfwegingQuestion, answer: 'ja' | 'nee', date = '2026-11-0' + question): TrailEntry => ({
  id: `00000000-0000-4000-8000-00000000000${question}`,
  professional,
  question,
  answer,
  reasoning: 'onderbouwd in een zin',
  monitoring: question === 5 ? 'JGZ volgt het kind elk kwartaal' : '',
  term: question === 4 && answer === 'ja' ? '2027-01-15' : null,
  casemanager: question === 4 && answer === 'ja' ? 'Ruben Kuipers' : '',
  date,
  recordedBy: 'Ruben Kuipers',
});

describe('which afweging questions the form offers', () => {
  it('offers question 1 to a professional without a trail', () => {
    expect(questionsToRecord(undefined)).toEqual({ questions: [1], suggested: 1, finished: false });
  });

  it('after "no suspicion" on question 1 the weighing is finished: no question 5, only 1 to revise', () => {
    const trail = evaluateTrail(professional, [entry(1, 'nee')], false);
    expect(questionsToRecord(trail)).toEqual({ questions: [1], suggested: 1, finished: true });
  });

  it('while open it offers every question up to the next one and suggests that one', () => {
    const trail = evaluateTrail(professional, [entry(1, 'ja'), entry(2, 'nee')], false);
    expect(questionsToRecord(trail)).toEqual({ questions: [1, 2, 3], suggested: 3, finished: false });
  });

  it('never offers a question past the end of a trail, whatever was answered', () => {
    const answer = fc.constantFrom<'ja' | 'nee'>('ja', 'nee');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom<AfwegingQuestion>(1, 2, 3, 4, 5), answer), { maxLength: 8 }), (answers) => {
        const trail = evaluateTrail(professional, answers.map(([q, a], n) => entry(q, a, `2026-11-${String(10 + n)}`)), false);
        const { questions, suggested, finished } = questionsToRecord(trail);
        expect(questions).toContain(suggested);
        expect(finished).toBe(trail.nextQuestion === null);
        if (!finished) expect(Math.max(...questions)).toBe(trail.nextQuestion);
        const pastEnd = trail.problems.filter((p) => p.code === 'na_afronding').map((p) => p.question);
        for (const q of pastEnd) expect(questions).not.toContain(q);
      }),
      { numRuns: 300 },
    );
  });
});
