import { levelRank, type JudgementInput, type ParticipantScale, type RiskLevel } from './assessmentRecords';

export interface LevelPair {
  now: RiskLevel;
  future: RiskLevel;
}

export interface JudgementEvaluation {
  computed: LevelPair;
  judged: LevelPair;
  /**
   * The level that counts. A professional judgement may always raise the computed level; it may
   * lower it only with a written reason. Without one the computed level stands.
   */
  effective: LevelPair;
  raised: { now: boolean; future: boolean };
  lowered: { now: boolean; future: boolean };
  loweredWithoutReason: boolean;
  /** The written reason for lowering, to be shown wherever the level is shown ('' when not lowered). */
  loweringReason: string;
  scales: ParticipantScale[];
  /** Lowest and highest participant scale; far apart means the meeting does not share one picture. */
  scaleSpread: { min: number; max: number } | null;
}

export function resolveJudgement(computed: LevelPair, input: JudgementInput): JudgementEvaluation {
  const reason = input.reason.trim();
  const judged = { now: input.now, future: input.future };
  const lowered = {
    now: levelRank(judged.now) < levelRank(computed.now),
    future: levelRank(judged.future) < levelRank(computed.future),
  };
  const raised = {
    now: levelRank(judged.now) > levelRank(computed.now),
    future: levelRank(judged.future) > levelRank(computed.future),
  };
  const anyLowered = lowered.now || lowered.future;
  const allowed = !anyLowered || reason !== '';
  const effective = allowed ? judged : { now: lowered.now ? computed.now : judged.now, future: lowered.future ? computed.future : judged.future };
  const values = input.scales.map((s) => s.scale);
  return {
    computed,
    judged,
    effective,
    raised,
    lowered,
    loweredWithoutReason: !allowed,
    loweringReason: anyLowered ? reason : '',
    scales: input.scales,
    scaleSpread: values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) },
  };
}

/** Whether saving this judgement needs a written reason first (the UI asks for it in a dialog). */
export function needsLoweringReason(computed: LevelPair, judged: LevelPair): boolean {
  return levelRank(judged.now) < levelRank(computed.now) || levelRank(judged.future) < levelRank(computed.future);
}
