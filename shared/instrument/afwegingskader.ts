import type { AfwegingQuestion, Observer, TrailEntry } from './assessmentRecords';

/**
 * The afwegingskader of the Meldcode (since 2019), per professional: five questions in order.
 *   1. Is there a suspicion?                      nee → stop (recorded: no suspicion)
 *   2. Acute or structural unsafety?              ja  → report (the professional norm)
 *   3. Can I offer or organise adequate help?     nee → report
 *   4. Do those involved accept the help?         nee → report
 *   5. Does the help lead to lasting safety?      nee → report; ja → help, and closing only with
 *                                                 recorded agreements on monitoring safety.
 * Every answer needs reasoning; who and when come with the entry.
 */
export type TrailOutcome = 'onvolledig' | 'geen_vermoeden' | 'melden' | 'afsluiten_met_monitoring' | 'monitoring_ontbreekt';
export type MeldReason = 'onveiligheid' | 'geen_passende_hulp' | 'hulp_geweigerd' | 'geen_duurzame_veiligheid';

export type TrailProblem =
  | { code: 'toelichting_ontbreekt'; question: AfwegingQuestion }
  | { code: 'na_afronding'; question: AfwegingQuestion }
  | { code: 'strijdig_met_veiligheid_nu'; question: AfwegingQuestion };

export interface ProfessionalTrail {
  key: string;
  professional: Observer;
  /** The current entry per question (the latest recorded), in question order. */
  steps: { question: AfwegingQuestion; entry: TrailEntry | null }[];
  outcome: TrailOutcome;
  meldReason: MeldReason | null;
  /** The question to answer next; null when the trail has reached an end. */
  nextQuestion: AfwegingQuestion | null;
  problems: TrailProblem[];
}

const REPORT_ON: Record<AfwegingQuestion, { answer: 'ja' | 'nee'; reason: MeldReason } | null> = {
  1: null,
  2: { answer: 'ja', reason: 'onveiligheid' },
  3: { answer: 'nee', reason: 'geen_passende_hulp' },
  4: { answer: 'nee', reason: 'hulp_geweigerd' },
  5: { answer: 'nee', reason: 'geen_duurzame_veiligheid' },
};

export function professionalKey(p: Observer): string {
  return `${p.name.trim().toLowerCase()}|${p.discipline.trim().toLowerCase()}`;
}

/** Later entries for the same question replace earlier ones (a professional may revise an answer). */
function latestPerQuestion(entries: readonly TrailEntry[]): Map<AfwegingQuestion, TrailEntry> {
  const latest = new Map<AfwegingQuestion, TrailEntry>();
  for (const entry of entries) {
    const current = latest.get(entry.question);
    if (!current || entry.date >= current.date) latest.set(entry.question, entry);
  }
  return latest;
}

/**
 * Walks one professional's answers through the flow. `meldNorm` is the outcome of section A: when
 * the instrument already shows acute or structural unsafety, answering "no suspicion" or "no
 * unsafety" contradicts it and is reported as a problem to explain.
 */
export function evaluateTrail(professional: Observer, entries: readonly TrailEntry[], meldNorm: boolean): ProfessionalTrail {
  const latest = latestPerQuestion(entries);
  const steps = ([1, 2, 3, 4, 5] as const).map((question) => ({ question, entry: latest.get(question) ?? null }));
  const problems: TrailProblem[] = [];
  let outcome: TrailOutcome = 'onvolledig';
  let meldReason: MeldReason | null = null;
  let nextQuestion: AfwegingQuestion | null = null;
  let ended = false;

  for (const { question, entry } of steps) {
    if (ended) {
      if (entry) problems.push({ code: 'na_afronding', question });
      continue;
    }
    if (!entry) {
      nextQuestion = question;
      ended = true;
      continue;
    }
    if (entry.reasoning.trim() === '') problems.push({ code: 'toelichting_ontbreekt', question });
    if (meldNorm && ((question === 1 && entry.answer === 'nee') || (question === 2 && entry.answer === 'nee'))) {
      problems.push({ code: 'strijdig_met_veiligheid_nu', question });
    }
    if (question === 1 && entry.answer === 'nee') {
      outcome = 'geen_vermoeden';
      ended = true;
      continue;
    }
    const report = REPORT_ON[question];
    if (report && entry.answer === report.answer) {
      outcome = 'melden';
      meldReason = report.reason;
      ended = true;
      continue;
    }
    if (question === 5) {
      outcome = entry.monitoring.trim() === '' ? 'monitoring_ontbreekt' : 'afsluiten_met_monitoring';
      ended = true;
    }
  }
  return { key: professionalKey(professional), professional, steps, outcome, meldReason, nextQuestion, problems };
}

/** One trail per professional, in the order they first appear. */
export function evaluateTrails(entries: readonly TrailEntry[], meldNorm: boolean): ProfessionalTrail[] {
  const groups = new Map<string, { professional: Observer; entries: TrailEntry[] }>();
  for (const entry of entries) {
    const key = professionalKey(entry.professional);
    const group = groups.get(key) ?? { professional: entry.professional, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => evaluateTrail(g.professional, g.entries, meldNorm));
}
