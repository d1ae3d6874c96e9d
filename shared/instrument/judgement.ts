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
  /**
   * The computed level rose after the judgement was given: a reason written for a lower computed
   * level does not cover the new one, so the computed level counts until the meeting judges again.
   */
  outdated: boolean;
  /** The written reason for lowering, to be shown wherever the level is shown ('' when not lowered). */
  loweringReason: string;
  scales: ParticipantScale[];
  /** Lowest and highest participant scale; far apart means the meeting does not share one picture. */
  scaleSpread: { min: number; max: number } | null;
}

export function resolveJudgement(computed: LevelPair, input: JudgementInput, decidedAgainst: Partial<LevelPair> = {}): JudgementEvaluation {
  const reason = input.reason.trim();
  const roseSince = (now: RiskLevel, then: RiskLevel | undefined) => then !== undefined && levelRank(now) > levelRank(then);
  const rose = { now: roseSince(computed.now, decidedAgainst.now), future: roseSince(computed.future, decidedAgainst.future) };
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
  const covered = { now: !lowered.now || (reason !== '' && !rose.now), future: !lowered.future || (reason !== '' && !rose.future) };
  const allowed = covered.now && covered.future;
  const effective = { now: covered.now ? judged.now : computed.now, future: covered.future ? judged.future : computed.future };
  const values = input.scales.map((s) => s.scale);
  return {
    computed,
    judged,
    effective,
    raised,
    lowered,
    loweredWithoutReason: !allowed && reason === '',
    outdated: !allowed && reason !== '',
    loweringReason: anyLowered ? reason : '',
    scales: input.scales,
    scaleSpread: values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) },
  };
}

/** Whether saving this judgement needs a written reason first (the UI asks for it in a dialog). */
export function needsLoweringReason(computed: LevelPair, judged: LevelPair): boolean {
  return levelRank(judged.now) < levelRank(computed.now) || levelRank(judged.future) < levelRank(computed.future);
}
