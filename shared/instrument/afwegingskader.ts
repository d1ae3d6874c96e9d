import type { AfwegingQuestion, Observer, TrailEntry } from './assessmentRecords';

/**
 * The afwegingskader of the Meldcode (since 2019), per professional: five questions in order and
 * two decisions.
 *
 * Decision 1, is reporting needed?
 *   1. Is there a suspicion?                      nee → stop (recorded: no suspicion)
 *   2. Acute or structural unsafety?              ja  → report (the professional norm)
 * Decision 2, is help (also) possible?
 *   3. Can I offer or organise adequate help?     nee → report
 *   4. Do those involved accept the help?         nee → report; ja → agree a term within which the
 *                                                 help must show results, and a casemanager who
 *                                                 watches it and answers question 5
 *   5. Does the help lead to lasting safety?      nee → report; ja → help, and closing only with
 *                                                 recorded agreements on monitoring safety.
 * A report after question 2 does not end the weighing: the professional answers questions 3–5
 * together with Veilig Thuis, because help by the professional can go alongside the report. A
 * report after 3, 4 or 5 does end it (there is no help to weigh any more).
 * Every answer needs reasoning; who and when come with the entry.
 */
export type TrailOutcome = 'onvolledig' | 'geen_vermoeden' | 'melden' | 'afsluiten_met_monitoring' | 'monitoring_ontbreekt';
export type MeldReason = 'onveiligheid' | 'geen_passende_hulp' | 'hulp_geweigerd' | 'geen_duurzame_veiligheid';
/** Decision 1 of the Meldcode. `open` until question 1 or 2 (or a report from 3–5) decides it. */
export type ReportDecision = 'open' | 'melden' | 'niet_melden';
/** Decision 2 of the Meldcode. */
export type HelpDecision = 'open' | 'hulp_mogelijk' | 'hulp_niet_mogelijk' | 'niet_van_toepassing';

export type TrailProblem =
  | { code: 'toelichting_ontbreekt'; question: AfwegingQuestion }
  | { code: 'na_afronding'; question: AfwegingQuestion }
  | { code: 'strijdig_met_veiligheid_nu'; question: AfwegingQuestion }
  | { code: 'termijn_ontbreekt'; question: AfwegingQuestion }
  | { code: 'casemanager_ontbreekt'; question: AfwegingQuestion };

export interface TrailStep {
  question: AfwegingQuestion;
  entry: TrailEntry | null;
  /** Answered (or to be answered) together with Veilig Thuis, because a report was made before it. */
  withVeiligThuis: boolean;
}

export interface ProfessionalTrail {
  key: string;
  professional: Observer;
  /** The current entry per question (the latest recorded), in question order. */
  steps: TrailStep[];
  outcome: TrailOutcome;
  meldReason: MeldReason | null;
  reportDecision: ReportDecision;
  helpDecision: HelpDecision;
  /** From question 4 answered "ja": the agreed term and who watches the help. */
  term: string | null;
  casemanager: string;
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
  const steps: TrailStep[] = ([1, 2, 3, 4, 5] as const).map((question) => ({ question, entry: latest.get(question) ?? null, withVeiligThuis: false }));
  const problems: TrailProblem[] = [];
  let outcome: TrailOutcome = 'onvolledig';
  let meldReason: MeldReason | null = null;
  let reportDecision: ReportDecision = 'open';
  let helpDecision: HelpDecision = 'open';
  let term: string | null = null;
  let casemanager = '';
  let nextQuestion: AfwegingQuestion | null = null;
  let ended = false;
  let reported = false;

  for (const step of steps) {
    const { question, entry } = step;
    step.withVeiligThuis = reported;
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
      reportDecision = 'niet_melden';
      helpDecision = 'niet_van_toepassing';
      ended = true;
      continue;
    }
    if (question === 2) reportDecision = entry.answer === 'ja' ? 'melden' : 'niet_melden';
    if (question === 4 && entry.answer === 'ja') {
      term = entry.term;
      casemanager = entry.casemanager.trim();
      if (term === null) problems.push({ code: 'termijn_ontbreekt', question });
      if (casemanager === '') problems.push({ code: 'casemanager_ontbreekt', question });
    }
    const report = REPORT_ON[question];
    if (report && entry.answer === report.answer) {
      outcome = 'melden';
      meldReason ??= report.reason;
      reportDecision = 'melden';
      if (question === 2) {
        // Reported: decision 2 is still to be taken, now together with Veilig Thuis.
        reported = true;
        continue;
      }
      helpDecision = 'hulp_niet_mogelijk';
      ended = true;
      continue;
    }
    if (question === 5) {
      helpDecision = 'hulp_mogelijk';
      if (!reported) outcome = entry.monitoring.trim() === '' ? 'monitoring_ontbreekt' : 'afsluiten_met_monitoring';
      ended = true;
    }
  }
  return { key: professionalKey(professional), professional, steps, outcome, meldReason, reportDecision, helpDecision, term, casemanager, nextQuestion, problems };
}

/**
 * Which questions a professional can still record, for the form. While the trail is open: every
 * question up to the next one, the next one suggested. Once it has reached an end (no suspicion
 * after question 1, a report after 3–5, help after 5): only the questions on the way there, to
 * revise an answer, the last of them suggested — a question past the end is never offered (after
 * "no suspicion" there is no question 5 to answer).
 */
export function questionsToRecord(trail: ProfessionalTrail | undefined): { questions: AfwegingQuestion[]; suggested: AfwegingQuestion; finished: boolean } {
  if (trail === undefined) return { questions: [1], suggested: 1, finished: false };
  if (trail.nextQuestion !== null) {
    const next = trail.nextQuestion;
    return { questions: trail.steps.map((s) => s.question).filter((q) => q <= next), suggested: next, finished: false };
  }
  const afterEnd = new Set(trail.problems.filter((p) => p.code === 'na_afronding').map((p) => p.question));
  const answered = trail.steps.filter((s) => s.entry !== null && !afterEnd.has(s.question)).map((s) => s.question);
  const end = answered.length === 0 ? 1 : Math.max(...answered);
  return { questions: trail.steps.map((s) => s.question).filter((q) => q <= end), suggested: end as AfwegingQuestion, finished: true };
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
