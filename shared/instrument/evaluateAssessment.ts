import { evaluateTrails, type ProfessionalTrail } from './afwegingskader';
import { type Answer, type JudgementInput, type KindcheckRecord, type RiskLevel, type TrailEntry } from './assessmentRecords';
import { instrumentItems, type AnswerValue, type Instrument, type SignalKind } from './instrumentSchema';
import { resolveJudgement, type JudgementEvaluation, type LevelPair } from './judgement';

/**
 * The rules of the assessment as pure functions: the same answers always give the same flags and
 * next steps, in the app, in core (which keeps the mandatory agenda items) and in tests.
 */
export interface AssessmentState {
  instrument: Instrument;
  answers: readonly Answer[];
  kindcheck: KindcheckRecord;
  trail: readonly TrailEntry[];
  /** A stored judgement also says against which computed levels it was given. */
  judgement: (JudgementInput & { computedNow?: RiskLevel; computedFuture?: RiskLevel }) | null;
}

export type FlagCode =
  | 'spoedzorg_kind'
  | 'meldnorm'
  | 'kindcheck'
  | 'kindcheck_kinderen_onbekend'
  | 'stapeling'
  | 'blinde_vlekken'
  | 'afweging_melden'
  | 'afweging_strijdig'
  | 'afweging_monitoring_ontbreekt'
  | 'oordeel_verlaagd'
  | 'oordeel_verlaagd_zonder_reden'
  | 'oordeel_achterhaald'
  | 'schalen_uiteen';
export type FlagSeverity = 'kritiek' | 'waarschuwing' | 'advies';

export interface Flag {
  code: FlagCode;
  severity: FlagSeverity;
  /** The items (or professionals) the flag is about. */
  about: string[];
}

export type NextStep =
  | 'spoedzorg_regelen'
  | 'besluit_melden'
  | 'agendapunt_kindveiligheid'
  | 'kind_zien_en_spreken'
  | 'kindcheck_aanvullen'
  | 'extra_alert_stapeling'
  | 'blinde_vlekken_uitzoeken'
  | 'melden_veilig_thuis'
  | 'afweging_toelichten'
  | 'monitoring_afspreken'
  | 'afweging_vastleggen'
  | 'oordeel_vastleggen'
  | 'reden_verlaging_vastleggen';

export interface BlindSpot {
  itemId: string;
  sectionId: string;
  text: string;
  /** Who finds it out: the owner recorded with the answer, else the item's suggested discipline. */
  suggestedOwner: string;
}

export interface SectionProgress {
  sectionId: string;
  answered: number;
  total: number;
}

export interface Evaluation {
  meldNorm: boolean;
  /** A decision (report to Veilig Thuis or not, with reasons) must be recorded. */
  requiredDecision: boolean;
  acuteItems: string[];
  /**
   * Items marked for urgent care answered "ja" (the child's own suicide threat): care the same day
   * through the huisarts or the GGZ crisis service, and who arranges it is a required topic. Not a
   * reason to report to Veilig Thuis.
   */
  urgentCareItems: string[];
  urgentCare: boolean;
  childSignals: string[];
  parentSignals: string[];
  riskFactors: string[];
  protectiveFactors: string[];
  /** true: children live in the household (or a pregnancy); false: recorded none; null: not known. */
  childrenPresent: boolean | null;
  kindcheckPositive: boolean;
  /** Positive Kindcheck while no child signal is "ja": the case the inspectorate saw go unacted. */
  kindcheckWarning: boolean;
  mandatoryAgendaItem: boolean;
  riskFactorCount: number;
  accumulation: boolean;
  blindSpots: BlindSpot[];
  unanswered: string[];
  progress: SectionProgress[];
  computed: LevelPair;
  judgement: JudgementEvaluation | null;
  /** The levels that count: the judgement's effective levels, or the computed ones without a judgement. */
  effective: LevelPair;
  trails: ProfessionalTrail[];
  flags: Flag[];
  nextSteps: NextStep[];
}

const RISK_SIGNALS: ReadonlySet<SignalKind> = new Set(['acuut', 'kind', 'ouder', 'risico']);
/** Scales this far apart (on 0–10) mean the participants do not share one picture. */
const SCALE_SPREAD_LIMIT = 4;

function childrenPresentIn(k: KindcheckRecord): boolean | null {
  if (k.childrenInHousehold === 'ja' || k.children.length > 0 || k.pregnancy === 'ja') return true;
  if (k.childrenInHousehold === 'nee') return false;
  return null;
}

/**
 * Urgent care (the child's own suicide threat) makes the concern now acuut: something must happen
 * today. For the future it is hoog, not acuut: an earlier suicidal statement is the strongest sign
 * of a later one, so the risk stays high after the crisis, but it is no Meldcode unsafety.
 */
function computeLevels(e: {
  meldNorm: boolean;
  urgentCare: boolean;
  acuteUnknown: boolean;
  child: number;
  parent: number;
  risk: number;
  accumulation: boolean;
  kindcheckPositive: boolean;
}): LevelPair {
  let now: RiskLevel = 'laag';
  if (e.meldNorm || e.urgentCare) now = 'acuut';
  else if (e.child >= 2 || (e.child >= 1 && e.parent >= 1)) now = 'hoog';
  else if (e.child >= 1 || e.parent >= 1 || e.acuteUnknown) now = 'verhoogd';
  let future: RiskLevel = 'laag';
  if (e.meldNorm) future = 'acuut';
  else if (e.urgentCare || e.accumulation || e.kindcheckPositive) future = 'hoog';
  else if (e.child + e.parent + e.risk >= 1 || e.acuteUnknown) future = 'verhoogd';
  return { now, future };
}

/** Risk factors counted as facts: items the instrument marks as the same fact count once. */
function countFacts(instrument: Instrument, itemIds: readonly string[]): number {
  const byId = new Map(instrumentItems(instrument).map(({ item }) => [item.id, item]));
  return new Set(itemIds.map((id) => byId.get(id)?.sameFactAs ?? id)).size;
}

export function evaluateAssessment(state: AssessmentState): Evaluation {
  const { instrument } = state;
  const byItem = new Map<string, Answer>();
  for (const a of state.answers) byItem.set(a.itemId, a);
  const valueOf = (itemId: string): AnswerValue | null => byItem.get(itemId)?.value ?? null;

  const acuteItems: string[] = [];
  const urgentCareItems: string[] = [];
  const childSignals: string[] = [];
  const parentSignals: string[] = [];
  const riskFactors: string[] = [];
  const protectiveFactors: string[] = [];
  const blindSpots: BlindSpot[] = [];
  const unanswered: string[] = [];
  let acuteUnknown = false;
  let otherRisks = 0;

  for (const { item, section } of instrumentItems(instrument)) {
    const value = valueOf(item.id);
    if (value === null) unanswered.push(item.id);
    if (value === 'onbekend') {
      const owner = byItem.get(item.id)?.owner.trim() ?? '';
      blindSpots.push({ itemId: item.id, sectionId: section.id, text: item.text, suggestedOwner: owner || item.suggestedOwner });
      // Not knowing whether the child is unsafe, or wants to die, is itself a reason for concern now.
      if (item.signal === 'acuut' || item.urgentCare === true) acuteUnknown = true;
    }
    if (value !== 'ja') continue;
    if (item.signal === 'beschermend') protectiveFactors.push(item.id);
    if (item.signal === 'acuut') acuteItems.push(item.id);
    if (item.urgentCare === true) urgentCareItems.push(item.id);
    if (item.signal === 'kind') childSignals.push(item.id);
    if (item.signal === 'ouder') parentSignals.push(item.id);
    if (item.signal === 'risico') otherRisks += 1;
    if (RISK_SIGNALS.has(item.signal)) riskFactors.push(item.id);
  }

  const progress = instrument.sections
    .filter((s) => s.role === 'vragen')
    .map((s) => ({ sectionId: s.id, total: s.items.length, answered: s.items.filter((i) => valueOf(i.id) !== null).length }));

  const meldNorm = acuteItems.length > 0;
  const urgentCare = urgentCareItems.length > 0;
  const childrenPresent = childrenPresentIn(state.kindcheck);
  const kindcheckPositive = parentSignals.length > 0 && childrenPresent === true;
  const kindcheckWarning = kindcheckPositive && childSignals.length === 0;
  const riskFactorCount = countFacts(instrument, riskFactors);
  const accumulation = riskFactorCount > instrument.rules.accumulationThreshold;
  const computed = computeLevels({
    meldNorm,
    urgentCare,
    acuteUnknown,
    child: childSignals.length,
    parent: parentSignals.length,
    risk: otherRisks,
    accumulation,
    kindcheckPositive,
  });
  const given = state.judgement;
  const judgement = given
    ? resolveJudgement(computed, given, {
        ...(given.computedNow ? { now: given.computedNow } : {}),
        ...(given.computedFuture ? { future: given.computedFuture } : {}),
      })
    : null;
  const trails = evaluateTrails(state.trail, meldNorm);

  const flags: Flag[] = [];
  const steps: NextStep[] = [];
  // Today's care comes first: it cannot wait for a meeting or a decision on reporting.
  if (urgentCare) {
    flags.push({ code: 'spoedzorg_kind', severity: 'kritiek', about: urgentCareItems });
    steps.push('spoedzorg_regelen');
  }
  if (meldNorm) {
    flags.push({ code: 'meldnorm', severity: 'kritiek', about: acuteItems });
    steps.push('besluit_melden');
  }
  if (kindcheckWarning) {
    flags.push({ code: 'kindcheck', severity: 'waarschuwing', about: parentSignals });
    steps.push('agendapunt_kindveiligheid', 'kind_zien_en_spreken');
  }
  if (parentSignals.length > 0 && childrenPresent === null) {
    flags.push({ code: 'kindcheck_kinderen_onbekend', severity: 'waarschuwing', about: parentSignals });
    steps.push('kindcheck_aanvullen');
  }
  if (accumulation) {
    flags.push({ code: 'stapeling', severity: 'advies', about: riskFactors });
    steps.push('extra_alert_stapeling');
  }
  if (blindSpots.length > 0) {
    flags.push({ code: 'blinde_vlekken', severity: 'advies', about: blindSpots.map((b) => b.itemId) });
    steps.push('blinde_vlekken_uitzoeken');
  }
  const reporting = trails.filter((t) => t.outcome === 'melden');
  if (reporting.length > 0) {
    flags.push({ code: 'afweging_melden', severity: 'kritiek', about: reporting.map((t) => t.professional.name) });
    steps.push('melden_veilig_thuis');
  }
  const contradicting = trails.filter((t) => t.problems.some((p) => p.code === 'strijdig_met_veiligheid_nu'));
  if (contradicting.length > 0) {
    flags.push({ code: 'afweging_strijdig', severity: 'waarschuwing', about: contradicting.map((t) => t.professional.name) });
  }
  if (trails.some((t) => t.problems.some((p) => p.code !== 'na_afronding')) || contradicting.length > 0) steps.push('afweging_toelichten');
  const noMonitoring = trails.filter((t) => t.outcome === 'monitoring_ontbreekt');
  if (noMonitoring.length > 0) {
    flags.push({ code: 'afweging_monitoring_ontbreekt', severity: 'waarschuwing', about: noMonitoring.map((t) => t.professional.name) });
    steps.push('monitoring_afspreken');
  }
  if ((meldNorm || kindcheckPositive || accumulation) && trails.length === 0) steps.push('afweging_vastleggen');
  if (judgement === null) steps.push('oordeel_vastleggen');
  else {
    if (judgement.loweredWithoutReason) {
      flags.push({ code: 'oordeel_verlaagd_zonder_reden', severity: 'kritiek', about: [] });
      steps.push('reden_verlaging_vastleggen');
    } else if (judgement.outdated) {
      flags.push({ code: 'oordeel_achterhaald', severity: 'kritiek', about: [] });
      steps.push('oordeel_vastleggen');
    } else if (judgement.lowered.now || judgement.lowered.future) {
      flags.push({ code: 'oordeel_verlaagd', severity: 'waarschuwing', about: [judgement.loweringReason] });
    }
    if (judgement.scaleSpread && judgement.scaleSpread.max - judgement.scaleSpread.min >= SCALE_SPREAD_LIMIT) {
      flags.push({ code: 'schalen_uiteen', severity: 'advies', about: judgement.scales.map((s) => s.participant.name) });
    }
  }

  return {
    meldNorm,
    requiredDecision: meldNorm,
    acuteItems,
    urgentCareItems,
    urgentCare,
    childSignals,
    parentSignals,
    riskFactors,
    protectiveFactors,
    childrenPresent,
    kindcheckPositive,
    kindcheckWarning,
    mandatoryAgendaItem: kindcheckWarning,
    riskFactorCount,
    accumulation,
    blindSpots,
    unanswered,
    progress,
    computed,
    judgement,
    effective: judgement ? judgement.effective : computed,
    trails,
    flags,
    nextSteps: [...new Set(steps)],
  };
}
